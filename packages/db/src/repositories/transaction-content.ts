import { createHash } from 'node:crypto';
import {
  CategorySource,
  sameCategorization,
  type StoredTransaction,
  type VersionedTransaction,
} from '@cora/core';
import type { Column } from '../sql/entity-columns.js';
import type { UpsertOutcome } from './transaction.types.js';

/** What the page lookup reads of a stored row. */
export type StoredVersion = Pick<
  StoredTransaction,
  | 'id'
  | 'stripeId'
  | 'category'
  | 'categorySource'
  | 'categoryRuleId'
  | 'amountMinor'
  | 'currency'
  | 'createdAt'
> & { contentHash: string; sourceVersion: number };

function hashable(column: Column, value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (column.conversion === 'json' && value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return Object.keys(object)
      .sort()
      .map((key) => [key, object[key]]);
  }
  return value;
}

/**
 * Fingerprint of the Stripe-owned columns (the category, the row's bookkeeping and its
 * version excluded), so an unchanged re-import is recognised without comparing every column.
 */
export function contentHash(contentColumns: readonly Column[], row: VersionedTransaction): string {
  const values: Readonly<Record<string, unknown>> = row;
  const fields = contentColumns.map((column) => hashable(column, values[column.property]));
  return createHash('md5').update(JSON.stringify(fields)).digest('hex');
}

/** Decides what an incoming row does to the stored one; `write` says whether SQL must run. */
export function classify(
  row: VersionedTransaction,
  hash: string,
  stored: StoredVersion | undefined,
): { outcome: UpsertOutcome; write: boolean } {
  if (!stored) return { outcome: 'inserted', write: true };
  if (row.sourceVersion < stored.sourceVersion) return { outcome: 'stale', write: false };
  const categoryChanged =
    stored.categorySource !== CategorySource.MANUAL && !sameCategorization(stored, row);
  if (categoryChanged || stored.contentHash !== hash) return { outcome: 'updated', write: true };
  // Same content from a newer version: record the version so an older one cannot follow it.
  return { outcome: 'unchanged', write: row.sourceVersion > stored.sourceVersion };
}

/** Keeps one row per Stripe id: the newest version, the later one on ties. */
export function dedupeByStripeId(rows: readonly VersionedTransaction[]): VersionedTransaction[] {
  const byId = new Map<string, VersionedTransaction>();
  for (const row of rows) {
    const seen = byId.get(row.stripeId);
    if (!seen || row.sourceVersion >= seen.sourceVersion) byId.set(row.stripeId, row);
  }
  return [...byId.values()];
}
