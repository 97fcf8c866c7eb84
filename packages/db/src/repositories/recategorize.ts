import {
  CategorySource,
  sameCategorization,
  type Categorization,
  type StoredTransaction,
} from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { lockConnectionWrites } from '../sql/connection-lock.js';
import { TotalsDelta } from '../sql/totals.js';
import { selectTransactions, updateCategory } from './transaction-rows.js';

/** A new category decision for a stored transaction. */
export type Recategorize = (transaction: StoredTransaction) => Categorization;

/** Told of each row whose category changed, once its batch has committed. */
export type RecategorizedListener = (transaction: StoredTransaction) => void;

/**
 * Re-runs categorization over a connection's non-MANUAL transactions, `batchSize` rows per
 * transaction (each batch on a fresh fork, so memory stays flat). The batch is read inside
 * its transaction, under the connection's write lock, so no MANUAL category set meanwhile
 * is replaced and the totals move exactly. Returns how many rows changed.
 */
export async function recategorize(
  em: SqlEntityManager,
  connectionId: string,
  decide: Recategorize,
  batchSize: number,
  onChanged?: RecategorizedListener,
): Promise<number> {
  let changed = 0;
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await em.fork().transactional(async (tem) => {
      await lockConnectionWrites(tem, connectionId);
      const rows = await selectTransactions(
        tem,
        'connection_id = ? and category_source <> ? and id > ? order by id limit ?',
        [connectionId, CategorySource.MANUAL, afterId, batchSize],
      );
      const totals = new TotalsDelta();
      const now = new Date();
      const updated: StoredTransaction[] = [];
      for (const row of rows) {
        const next = decide(row);
        if (sameCategorization(next, row)) continue;
        await updateCategory(tem, row.id, next, now);
        totals.add(row, -1);
        totals.add({ ...row, category: next.category }, 1);
        updated.push({ ...row, ...next });
      }
      await totals.apply(tem, connectionId);
      return { lastId: rows.at(-1)?.id, updated };
    });
    changed += batch.updated.length;
    if (onChanged) for (const row of batch.updated) onChanged(row);
    if (batch.lastId === undefined) return changed;
    afterId = batch.lastId;
  }
}
