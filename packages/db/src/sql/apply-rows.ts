import { CategorySource, type VersionedTransaction } from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { newId } from '../ids.js';
import { classify, contentHash, dedupeByStripeId } from '../repositories/transaction-content.js';
import type { UpsertCounts, UpsertOutcome } from '../repositories/transaction.types.js';
import { transactionSql } from './transaction-statements.js';
import { lookupStored, writeRows, type RowToWrite } from './transaction-writer.js';
import { TotalsDelta } from './totals.js';
import { lockConnectionWrites } from './connection-lock.js';

/**
 * Inside a transaction: one lookup of the rows' stored versions, then one write of the rows
 * that are new or changed, and the matching change of the running totals. Duplicates
 * within `rows` count as unchanged. `bulk` marks a sync page (see lockConnectionWrites).
 */
export async function applyRows(
  em: SqlEntityManager,
  connectionId: string,
  rows: readonly VersionedTransaction[],
  now: Date,
  bulk: boolean,
): Promise<{ counts: UpsertCounts; outcomes: Map<string, UpsertOutcome> }> {
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
  await totals.apply(em, connectionId);
  return { counts, outcomes };
}
