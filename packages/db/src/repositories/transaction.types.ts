import type { BalanceEntry, VersionedTransaction } from '@cora/core';
import type { SyncCheckpoint } from '../entities/sync-run.entity.js';

/** What one page upsert did. Stale rows (older sourceVersion) count as unchanged. */
export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** One page of a sync run, written with the run's checkpoint in a single transaction. */
export interface UpsertPageInput {
  connectionId: string;
  runId: string;
  rows: readonly VersionedTransaction[];
  /** The balance entries the page's charges carry (their expanded balance transactions), written with them. */
  entries?: readonly BalanceEntry[];
  /** The engine's resume point after this page. */
  checkpoint: SyncCheckpoint | null;
  /** Stripe objects on the page, when the engine dropped some before mapping; defaults to rows.length. */
  fetched?: number;
  /** Objects on the page not imported (charges that did not succeed); defaults to fetched - inserted - updated. */
  skipped?: number;
  /** The slice writing it: nothing is written once another slice has claimed the run. */
  slice?: number;
}

/** What happened to one row. */
export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged' | 'stale';
