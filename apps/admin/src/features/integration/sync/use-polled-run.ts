import { useEffect, useRef, useState } from 'react';
import type { SyncProgressFieldsFragment, SyncRunFieldsFragment } from '../../../gql/graphql.js';
import type { DataSource } from '../source.js';
import { useSyncHistory } from './use-sync-history.js';

const STALL_MS = 5_000;
const POLL_MS = 2_000;

/**
 * The started run as the history reports it, read every few seconds while the run is
 * unfinished and live progress is not arriving (the subscription failed, or has been
 * silent for a while); `null` while progress arrives live.
 */
export function usePolledRun(
  source: DataSource,
  run: SyncRunFieldsFragment | null,
  progress: SyncProgressFieldsFragment | null,
  liveFailed: boolean,
): SyncRunFieldsFragment | null {
  const unfinished = run !== null && run.status === 'RUNNING' && !progress?.done;
  const [stalled, setStalled] = useState(false);

  // Every event (or a new run) restarts the wait.
  useEffect(() => {
    setStalled(false);
    if (!unfinished) return undefined;
    const timer = setTimeout(() => setStalled(true), STALL_MS);
    return () => clearTimeout(timer);
  }, [unfinished, run?.id, progress]);

  const polling = unfinished && (liveFailed || stalled);
  const { page, refetch } = useSyncHistory(source, null, !polling);
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;

  useEffect(() => {
    if (!polling) return undefined;
    const timer = setInterval(() => refetchRef.current(), POLL_MS);
    return () => clearInterval(timer);
  }, [polling]);

  if (!polling || run === null) return null;
  return page?.edges.find((edge) => edge.node.id === run.id)?.node ?? null;
}
