import type { CategorySource } from '../enums.js';
import type { SyncCheckpoint } from '../entities/sync-run.entity.js';

/** One charge as the sync engine hands it over, already mapped and categorized. */
export interface TransactionUpsertRow {
  stripeId: string;
  amountMinor: number;
  /** ISO 4217, upper case. */
  currency: string;
  description: string | null;
  receiptUrl: string | null;
  createdAt: Date;
  metadata: Record<string, string>;
  category: string;
  categorySource: CategorySource;
  categoryRuleId: string | null;
  status: string;
  amountRefunded: number;
  refunded: boolean;
  disputed: boolean;
  livemode: boolean;
  customerId: string | null;
  paymentIntentId: string | null;
  balanceTransactionId: string | null;
  /** The Stripe object's change marker: larger is newer. */
  sourceVersion: number;
}

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
  rows: readonly TransactionUpsertRow[];
  /** The engine's resume point after this page. */
  checkpoint: SyncCheckpoint | null;
  /** Stripe objects on the page, when the engine dropped some before mapping; defaults to rows.length. */
  fetched?: number;
  /** Objects on the page not imported (charges that did not succeed); defaults to fetched - inserted - updated. */
  skipped?: number;
}

/** What happened to one row. */
export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged' | 'stale';

/** Filters of the transaction list; `from` is inclusive, `to` exclusive. */
export interface TransactionFilter {
  category?: string | null;
  currency?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Case-insensitive substring of the description. */
  search?: string | null;
}

/** A category decision, as core's categorization returns it. */
export interface CategoryResult {
  category: string;
  categorySource: CategorySource;
  categoryRuleId: string | null;
}

/** The fields a re-categorization function sees. */
export interface CategorizableTransaction {
  id: string;
  stripeId: string;
  amountMinor: number;
  currency: string;
  description: string | null;
  metadata: Record<string, string>;
  createdAt: Date;
  customerId: string | null;
  status: string;
  category: string;
  categorySource: CategorySource;
  categoryRuleId: string | null;
}
