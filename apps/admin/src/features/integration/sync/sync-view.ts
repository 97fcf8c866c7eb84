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
    fraction: finished ? 1 : pages === 0 ? null : pages / (pages + 1),
  };
}
