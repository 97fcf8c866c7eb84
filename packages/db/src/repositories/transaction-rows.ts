import type { Categorization, StoredTransaction } from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute, executeUpdate } from '../sql/dialect.js';
import { columnsOf, rowToProperties } from '../sql/entity-columns.js';

/** Transactions matching a `?`-placeholder WHERE clause (and its ORDER/LIMIT), as the domain type. */
export async function selectTransactions(
  em: SqlEntityManager,
  where: string,
  params: readonly unknown[],
): Promise<StoredTransaction[]> {
  const columns = columnsOf(em, 'StripeTransaction');
  const rows = await execute(em, `select * from stripe_transaction where ${where}`, params);
  return rows.map((row) => rowToProperties<StoredTransaction>(columns, row));
}

/** Stores a new category decision of one transaction (the caller moves the totals). */
export async function updateCategory(
  em: SqlEntityManager,
  id: string,
  next: Categorization,
  now: Date,
): Promise<void> {
  await executeUpdate(
    em,
    `update stripe_transaction set category = ?, category_source = ?, category_rule_id = ?,
       updated_at = ? where id = ?`,
    [next.category, next.categorySource, next.categoryRuleId, now, id],
  );
}
