import { useQuery } from 'urql';
import type { SyncRunPageFragment } from '../../../gql/graphql.js';
import { supportUserId, type DataSource } from '../source.js';
import { SupportSyncHistoryQuery, SyncHistoryQuery } from './sync.documents.js';

/** How many runs a history page holds. */
export const HISTORY_PAGE_SIZE = 10;

/** One page of the source's sync history; `pause` stops asking. */
export function useSyncHistory(source: DataSource, after: string | null, pause = false) {
  const variables = { first: HISTORY_PAGE_SIZE, after };
  const [own, refetchOwn] = useQuery({
    query: SyncHistoryQuery,
    variables,
    pause: pause || source.kind !== 'user',
  });
  const [other, refetchOther] = useQuery({
    query: SupportSyncHistoryQuery,
    variables: { ...variables, userId: supportUserId(source) },
    pause: pause || source.kind !== 'support',
  });
  const isUser = source.kind === 'user';
  const state = isUser ? own : other;
  const page: SyncRunPageFragment | undefined = isUser
    ? own.data?.stripeSyncHistory
    : other.data?.supportSyncHistory;
  const refetch = () => (isUser ? refetchOwn : refetchOther)({ requestPolicy: 'network-only' });
  return { page, fetching: state.fetching, error: state.error, refetch };
}
