import type { SyncProgressFieldsFragment, SyncRunFieldsFragment } from '../../../gql/graphql.js';

/** What the sync panel shows, merged from the started run and its latest progress. */
export interface SyncView {
  phase: 'idle' | 'starting' | 'running' | 'succeeded' | 'failed';
  pagesFetched: number;
  fetchedCount: number;
  insertedCount: number;
  updatedCount: number;
  /** Charges fetched per second, from the latest progress event; null when not known. */
  chargesPerSecond: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  /** 0..1, or null while nothing is known yet. */
  fraction: number | null;
}

const IDLE: SyncView = {
  phase: 'idle',
  pagesFetched: 0,
  fetchedCount: 0,
  insertedCount: 0,
  updatedCount: 0,
  chargesPerSecond: null,
  errorCode: null,
  errorMessage: null,
  fraction: null,
};

/** Full once a run succeeded, empty when it failed (no total says how far it got), else unknown. */
function fractionOf(phase: SyncView['phase'], finished: boolean): number | null {
  if (phase === 'failed') return 0;
  return finished ? 1 : null;
}

/** True when a finished run found nothing new or changed. */
export function upToDate(view: SyncView): boolean {
  return view.phase === 'succeeded' && view.insertedCount === 0 && view.updatedCount === 0;
}

/**
 * Stripe's list API gives no total, so while a run is in progress nothing says how far it
 * is: the bar is indeterminate, beside the counts so far and the rate; it is full once the
 * run is done.
 */
export function syncView(
  run: SyncRunFieldsFragment | null,
  progress: SyncProgressFieldsFragment | null,
  starting: boolean,
): SyncView {
  const latest = progress ?? run;
  if (!latest) return starting ? { ...IDLE, phase: 'starting' } : IDLE;
  const finished = progress ? progress.done : latest.status !== 'RUNNING';
  const phase = !finished ? 'running' : latest.status === 'FAILED' ? 'failed' : 'succeeded';
  return {
    phase,
    pagesFetched: latest.pagesFetched,
    fetchedCount: latest.fetchedCount,
    insertedCount: latest.insertedCount,
    updatedCount: latest.updatedCount,
    chargesPerSecond: progress && !finished ? (progress.chargesPerSecond ?? null) : null,
    errorCode: latest.errorCode ?? null,
    errorMessage: latest.errorMessage ?? null,
    fraction: fractionOf(phase, finished),
  };
}
