import { useSubscription } from 'urql';
import type { SyncRunFieldsFragment } from '../../../gql/graphql.js';
import type { DataSource } from '../source.js';
import { SyncProgressSubscription } from './sync.documents.js';
import { useSyncHistory } from './use-sync-history.js';

/**
 * The source's newest run while the history shows it RUNNING (one started elsewhere: on
 * connecting, by the schedule, by support), followed by its id. That subscription opens
 * with the run's current state, so a run that ended between loading the page and opening
 * the socket still ends here, and the cache refetches what it changed.
 */
export function useRunningRun(source: DataSource): SyncRunFieldsFragment | null {
  const { page } = useSyncHistory(source, null);
  const newest = page?.edges[0]?.node;
  const running = newest?.status === 'RUNNING' ? newest : null;
  useSubscription({
    query: SyncProgressSubscription,
    variables: { runId: running?.id ?? null },
    pause: running === null,
  });
  return running;
}
