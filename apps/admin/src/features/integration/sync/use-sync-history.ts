import type { DataSource } from '../source.js';
import { useSourceQuery } from '../use-source-query.js';
import { SupportSyncHistoryQuery, SyncHistoryQuery } from './sync.documents.js';

/** How many runs a history page holds. */
export const HISTORY_PAGE_SIZE = 10;

/** One page of the source's sync history; `pause` stops asking. */
export function useSyncHistory(source: DataSource, after: string | null, pause = false) {
  const variables = { first: HISTORY_PAGE_SIZE, after };
  const { value, ...state } = useSourceQuery(
    source,
    {
      user: { query: SyncHistoryQuery, variables, pick: (data) => data.stripeSyncHistory },
      support: {
        query: SupportSyncHistoryQuery,
        variables: (userId) => ({ ...variables, userId }),
        pick: (data) => data.supportSyncHistory,
      },
    },
    pause,
  );
  return { page: value, ...state };
}
