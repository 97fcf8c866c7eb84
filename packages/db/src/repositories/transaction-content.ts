import { createHash } from 'node:crypto';
import { CategorySource } from '../enums.js';
import type { TransactionUpsertRow, UpsertOutcome } from './transaction.types.js';

/** What the page lookup reads of a stored row. */
export interface StoredVersion {
  id: string;
  contentHash: string;
  sourceVersion: number;
  category: string;
  categorySource: CategorySource;
  categoryRuleId: string | null;
  amountMinor: number;
  currency: string;
  createdAt: Date;
}

/**
 * Fingerprint of the Stripe-owned fields (category fields and sourceVersion excluded), so
 * an unchanged re-import is recognised without comparing every column.
 */
export function contentHash(row: TransactionUpsertRow): string {
  const metadata = Object.keys(row.metadata)
    .sort()
    .map((key) => [key, row.metadata[key]]);
  const fields = [
    row.amountMinor,
    row.currency,
    row.description,
    row.receiptUrl,
    row.createdAt.getTime(),
    metadata,
    row.status,
    row.amountRefunded,
    row.refunded,
    row.disputed,
    row.livemode,
    row.customerId,
    row.paymentIntentId,
    row.balanceTransactionId,
  ];
  return createHash('md5').update(JSON.stringify(fields)).digest('hex');
}

/** Decides what an incoming row does to the stored one; `write` says whether SQL must run. */
export function classify(
  row: TransactionUpsertRow,
  hash: string,
  stored: StoredVersion | undefined,
): { outcome: UpsertOutcome; write: boolean } {
  if (!stored) return { outcome: 'inserted', write: true };
  if (row.sourceVersion < stored.sourceVersion) return { outcome: 'stale', write: false };
  const categoryChanged =
    stored.categorySource !== CategorySource.MANUAL &&
    (stored.category !== row.category ||
      stored.categorySource !== row.categorySource ||
      stored.categoryRuleId !== row.categoryRuleId);
  if (categoryChanged || stored.contentHash !== hash) return { outcome: 'updated', write: true };
  // Same content from a newer version: record the version so an older one cannot follow it.
  return { outcome: 'unchanged', write: row.sourceVersion > stored.sourceVersion };
}

/** Keeps one row per Stripe id: the newest version, the later one on ties. */
export function dedupeByStripeId(rows: readonly TransactionUpsertRow[]): TransactionUpsertRow[] {
  const byId = new Map<string, TransactionUpsertRow>();
  for (const row of rows) {
    const seen = byId.get(row.stripeId);
    if (!seen || row.sourceVersion >= seen.sourceVersion) byId.set(row.stripeId, row);
  }
  return [...byId.values()];
}
