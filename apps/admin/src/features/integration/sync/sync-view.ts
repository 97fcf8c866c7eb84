import type { SyncProgressFieldsFragment, SyncRunFieldsFragment } from '../../../gql/graphql.js';

/** What the sync panel shows, merged from the started run and its latest progress. */
export interface SyncView {
  phase: 'idle' | 'starting' | 'running' | 'succeeded' | 'failed';
  pagesFetched: number;
  fetchedCount: number;
  insertedCount: number;
  updatedCount: number;
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
  errorCode: null,
  errorMessage: null,
  fraction: null,
};

/** A failed run fills only what it did: nothing when it failed before its first page. */
function fractionOf(phase: SyncView['phase'], pages: number): number | null {
  if (phase === 'failed') return pages === 0 ? 0 : pages / (pages + 1);
  if (phase === 'succeeded') return 1;
  return pages === 0 ? null : pages / (pages + 1);
}

/** True when a finished run found nothing new or changed. */
export function upToDate(view: SyncView): boolean {
  return view.phase === 'succeeded' && view.insertedCount === 0 && view.updatedCount === 0;
}

/**
 * Stripe's list API has no total, so a running bar fills by pages with diminishing
 * steps (1 page: 50 %, 3 pages: 75 %) and reaches the end only when the run is done.
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
  const pages = latest.pagesFetched;
  return {
    phase,
    pagesFetched: pages,
    fetchedCount: latest.fetchedCount,
    insertedCount: latest.insertedCount,
    updatedCount: latest.updatedCount,
    errorCode: latest.errorCode ?? null,
    errorMessage: latest.errorMessage ?? null,
    fraction: fractionOf(phase, pages),
  };
}
