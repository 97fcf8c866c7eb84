import { useMutation, type CombinedError } from 'urql';
import type { SyncProgressFieldsFragment, SyncRunFieldsFragment } from '../../../gql/graphql.js';
import type { DataSource } from '../source.js';
import { useSourceSubscription } from '../use-source-query.js';
import { usePolledRun } from './use-polled-run.js';
import { useRunningRun } from './use-running-run.js';
import {
  StartSyncMutation,
  SupportSyncNowMutation,
  SupportSyncProgressSubscription,
  SyncProgressSubscription,
} from './sync.documents.js';

type ProgressByRun = ReadonlyMap<string, SyncProgressFieldsFragment>;

const KEEP_RUNS = 50;

function remember(previous: ProgressByRun | undefined, event: SyncProgressFieldsFragment) {
  const next = new Map(previous);
  next.delete(event.runId);
  next.set(event.runId, event);
  const oldest = next.keys().next();
  if (next.size > KEEP_RUNS && !oldest.done) next.delete(oldest.value);
  return next;
}

/** A sync the panel follows: the run it started (if any) and its latest progress event. */
export interface SyncRunner {
  start: (full: boolean) => void;
  starting: boolean;
  error: CombinedError | undefined;
  run: SyncRunFieldsFragment | null;
  progress: SyncProgressFieldsFragment | null;
}

/**
 * Starts syncs and follows their progress. The subscription opens with the page, so no
 * event of a run started from here is missed; runs started elsewhere (on connecting,
 * scheduled, webhook, support) show while the history has them running. Without live
 * events the run is read from the history instead.
 */
export function useSyncRunner(source: DataSource): SyncRunner {
  const [own, startOwn] = useMutation(StartSyncMutation);
  const [other, startOther] = useMutation(SupportSyncNowMutation);
  const events = useSourceSubscription(
    source,
    {
      user: {
        query: SyncProgressSubscription,
        variables: {},
        pick: (data) => data.stripeSyncProgress,
      },
      support: {
        query: SupportSyncProgressSubscription,
        variables: () => ({}),
        pick: (data) => data.supportSyncProgress,
      },
    },
    remember,
  );

  const isUser = source.kind === 'user';
  const state = isUser ? own : other;
  const started =
    (isUser ? own.data?.syncStripeTransactions : other.data?.supportSyncConnection) ?? null;
  const run = useRunningRun(source) ?? started;
  const byRun: ProgressByRun = events.kept ?? new Map<string, SyncProgressFieldsFragment>();
  const progress = run
    ? (byRun.get(run.id) ?? null)
    : isUser
      ? ([...byRun.values()].reverse().find((event) => !event.done) ?? null)
      : null;

  const liveFailed = Boolean(events.error);
  const polled = usePolledRun(source, run, progress, liveFailed);
  const current = polled ?? run;
  // A polled final state outranks a progress event that was not the last.
  const live =
    progress && (progress.done || current === null || current.status === 'RUNNING')
      ? progress
      : null;

  const start = (full: boolean) => {
    if (source.kind === 'user') void startOwn({ full });
    else void startOther({ userId: source.userId, full });
  };

  return { start, starting: state.fetching, error: state.error, run: current, progress: live };
}
