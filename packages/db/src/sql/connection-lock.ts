import type { SqlEntityManager } from '@mikro-orm/knex';
import { dialectOf } from './driver.js';
import { postgresConnection } from './driver.js';

/**
 * Serializes, on PostgreSQL, the transactions that write one connection's transactions (sync
 * pages, webhooks, manual categories, re-categorization) with a transaction-scoped advisory
 * lock, so each decides inserts, updates and totals deltas from what it read. SQLite already
 * has a single writer.
 *
 * A bulk page also commits without waiting for its WAL flush (the page and its checkpoint
 * are lost together or not at all, and upserts are idempotent) and avoids sequential scans,
 * which stale statistics would otherwise pick while a first import fills the table.
 */
export async function lockConnectionWrites(
  em: SqlEntityManager,
  connectionId: string,
  bulk = false,
): Promise<void> {
  if (dialectOf(em) !== 'postgresql') return;
  const settings = bulk
    ? `set_config('synchronous_commit', 'off', true), set_config('enable_seqscan', 'off', true), `
    : '';
  const client = await postgresConnection(em);
  await client.query(`select ${settings}pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    connectionId,
  ]);
}
