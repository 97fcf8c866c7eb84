import type { SqlEntityManager } from '@mikro-orm/knex';
import { ConnectionStatus } from '@cora/core';
import { dialectOf, execute } from './driver.js';

/**
 * Moves the nextSyncAt of up to `limit` due connections to `leaseUntil` and returns their
 * ids, in one statement. On PostgreSQL rows locked by another claimer are skipped, not
 * waited for; SQLite serializes writers, so the second claimer sees the moved nextSyncAt.
 */
export async function claimDueIds(
  em: SqlEntityManager,
  now: Date,
  limit: number,
  leaseUntil: Date,
): Promise<string[]> {
  const lock = dialectOf(em) === 'postgresql' ? ' for update skip locked' : '';
  const rows = await execute<{ id: string }>(
    em,
    `update stripe_connection set next_sync_at = ?, updated_at = ?
     where id in (
       select id from stripe_connection
       where status = ? and next_sync_at is not null and next_sync_at <= ?
       order by next_sync_at, id limit ?${lock}
     ) returning id`,
    [leaseUntil, now, ConnectionStatus.CONNECTED, now, limit],
  );
  return rows.map((row) => row.id);
}
