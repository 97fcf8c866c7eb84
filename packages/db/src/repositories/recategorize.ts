import type { SqlEntityManager } from '@mikro-orm/knex';
import { CategorySource } from '../enums.js';
import { lockConnectionWrites } from '../sql/connection-lock.js';
import { execute, executeUpdate } from '../sql/dialect.js';
import { TotalsDelta } from '../sql/totals.js';
import type { CategorizableTransaction, CategoryResult } from './transaction.types.js';

interface CategorizableRow {
  id: string;
  stripe_id: string;
  amount_minor: number | string;
  currency: string;
  description: string | null;
  metadata: string | Record<string, string>;
  created_at: number | string | Date;
  customer_id: string | null;
  status: string;
  category: string;
  category_source: string;
  category_rule_id: string | null;
}

function toCategorizable(row: CategorizableRow): CategorizableTransaction {
  return {
    id: row.id,
    stripeId: row.stripe_id,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    description: row.description,
    metadata:
      typeof row.metadata === 'string'
        ? (JSON.parse(row.metadata) as Record<string, string>)
        : row.metadata,
    createdAt: new Date(row.created_at),
    customerId: row.customer_id,
    status: row.status,
    category: row.category,
    categorySource: row.category_source as CategorySource,
    categoryRuleId: row.category_rule_id,
  };
}

/**
 * Re-runs categorization over a connection's non-MANUAL transactions, `batchSize` rows per
 * transaction (each batch on a fresh fork, so memory stays flat). The batch is read inside
 * its transaction, under the connection's write lock, so no MANUAL category set meanwhile
 * is replaced and the totals move exactly. Returns how many rows changed.
 */
export async function recategorize(
  em: SqlEntityManager,
  connectionId: string,
  decide: (row: CategorizableTransaction) => CategoryResult,
  batchSize: number,
): Promise<number> {
  let changed = 0;
  let afterId = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await em.fork().transactional(async (tem) => {
      await lockConnectionWrites(tem, connectionId);
      const rows = await execute<CategorizableRow>(
        tem,
        `select id, stripe_id, amount_minor, currency, description, metadata, created_at,
           customer_id, status, category, category_source, category_rule_id
         from stripe_transaction
         where connection_id = ? and category_source <> ? and id > ?
         order by id limit ?`,
        [connectionId, CategorySource.MANUAL, afterId, batchSize],
      );
      const totals = new TotalsDelta();
      const now = new Date();
      let updated = 0;
      for (const row of rows.map(toCategorizable)) {
        const next = decide(row);
        if (
          next.category === row.category &&
          next.categorySource === row.categorySource &&
          next.categoryRuleId === row.categoryRuleId
        ) {
          continue;
        }
        await executeUpdate(
          tem,
          `update stripe_transaction set category = ?, category_source = ?, category_rule_id = ?,
             updated_at = ? where id = ?`,
          [next.category, next.categorySource, next.categoryRuleId, now, row.id],
        );
        totals.add(row, -1);
        totals.add({ ...row, category: next.category }, 1);
        updated++;
      }
      await totals.apply(tem, connectionId);
      return { lastId: rows.at(-1)?.id, updated };
    });
    changed += batch.updated;
    if (batch.lastId === undefined) return changed;
    afterId = batch.lastId;
  }
}
