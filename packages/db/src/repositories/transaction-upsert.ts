import { createHash } from 'node:crypto';
import {
  CategorySource,
  sameCategorization,
  type StoredTransaction,
  type VersionedTransaction,
} from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { newId } from '../ids.js';
import { lockConnectionWrites } from '../sql/connection-lock.js';
import { TotalsDelta } from '../sql/totals.js';
import { dialectOf, postgresConnection, prepared, sqliteConnection } from '../sql/driver.js';
import { rowToProperties, type Column } from '../sql/entity-columns.js';
import { transactionSql, writeRows, type RowToWrite } from '../sql/transaction-table.js';
import type { UpsertCounts, UpsertOutcome } from './transaction.types.js';

/** What the page lookup reads of a stored row: enough to classify it and move the totals. */
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

/** Reads the stored version of each given Stripe id of a connection, in one query. */
export async function lookupStored(
  em: SqlEntityManager,
  connectionId: string,
  stripeIds: readonly string[],
): Promise<Map<string, StoredVersion>> {
  const found = new Map<string, StoredVersion>();
  if (stripeIds.length === 0) return found;
  const sql = transactionSql(em);
  let rows: Record<string, unknown>[];
  if (dialectOf(em) === 'postgresql') {
    const client = await postgresConnection(em);
    rows = (
      await client.query<Record<string, unknown>>(sql.postgresLookup, [connectionId, stripeIds])
    ).rows;
  } else {
    const statement = prepared(await sqliteConnection(em), sql.sqliteLookup(stripeIds.length));
    rows = statement.all(connectionId, ...stripeIds) as Record<string, unknown>[];
  }
  for (const row of rows) {
    const stored = rowToProperties<StoredVersion>(sql.lookupColumns, row);
    found.set(stored.stripeId, stored);
  }
  return found;
}

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

/**
 * Inside a transaction: one lookup of the rows' stored versions, then one write of the rows
 * that are new or changed; returns the matching change of the running totals, for the
 * caller to apply in the same transaction. Duplicates within `rows` count as unchanged.
 * `bulk` marks a sync page (see lockConnectionWrites).
 */
export async function applyRows(
  em: SqlEntityManager,
  connectionId: string,
  rows: readonly VersionedTransaction[],
  now: Date,
  bulk: boolean,
): Promise<{ counts: UpsertCounts; outcomes: Map<string, UpsertOutcome>; totals: TotalsDelta }> {
  await lockConnectionWrites(em, connectionId, bulk);
  const unique = dedupeByStripeId(rows);
  const stored = await lookupStored(
    em,
    connectionId,
    unique.map((row) => row.stripeId),
  );
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: rows.length - unique.length };
  const outcomes = new Map<string, UpsertOutcome>();
  const toWrite: RowToWrite[] = [];
  const totals = new TotalsDelta();
  const { contentColumns } = transactionSql(em);
  for (const row of unique) {
    const hash = contentHash(contentColumns, row);
    const existing = stored.get(row.stripeId);
    const { outcome, write } = classify(row, hash, existing);
    outcomes.set(row.stripeId, outcome);
    counts[outcome === 'stale' ? 'unchanged' : outcome] += 1;
    if (!write) continue;
    toWrite.push({ id: existing?.id ?? newId(now.getTime()), hash, row });
    if (existing) totals.add(existing, -1);
    const keepsCategory = existing?.categorySource === CategorySource.MANUAL;
    totals.add(keepsCategory ? { ...row, category: existing.category } : row, 1);
  }
  await writeRows(em, connectionId, toWrite, now);
  return { counts, outcomes, totals };
}
