import type { SqlEntityManager } from '@mikro-orm/knex';
import { CategorySource } from '../enums.js';
import { execute, executeUpdate } from '../sql/dialect.js';
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
 * transaction (each batch on a fresh fork, so memory stays flat). Returns how many changed.
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
    const batch = em.fork();
    const rows = await execute<CategorizableRow>(
      batch,
      `select id, stripe_id, amount_minor, currency, description, metadata, created_at, customer_id,
         status, category, category_source, category_rule_id
       from stripe_transaction
       where connection_id = ? and category_source <> ? and id > ?
       order by id limit ?`,
      [connectionId, CategorySource.MANUAL, afterId, batchSize],
    );
    if (rows.length === 0) return changed;
    afterId = rows[rows.length - 1]?.id ?? afterId;
    const now = new Date();
    changed += await batch.transactional(async (tem) => {
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
        // The MANUAL guard is repeated here: a person may have set a category since the read.
        updated += await executeUpdate(
          tem,
          `update stripe_transaction set category = ?, category_source = ?, category_rule_id = ?,
             updated_at = ? where id = ? and category_source <> ?`,
          [
            next.category,
            next.categorySource,
            next.categoryRuleId,
            now,
            row.id,
            CategorySource.MANUAL,
          ],
        );
      }
      return updated;
    });
  }
}
