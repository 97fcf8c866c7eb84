import type { Categorization, StoredTransaction, TransactionFilter } from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Keyset } from '../cursor.js';
import { olderThanKeysetSql } from '../keyset.js';
import { execute, executeUpdate, type Dialect } from '../sql/driver.js';
import { columnsOf, rowToProperties } from '../sql/entity-columns.js';
import { categoryCondition } from '../sql/category-filter.js';
import { foldCase } from '../sql/fold-case.js';
import { DERIVED } from '../sql/transaction-table.js';

/** Transactions matching a `?`-placeholder WHERE clause (and its ORDER/LIMIT), as the domain type. */
export async function selectTransactions(
  em: SqlEntityManager,
  where: string,
  params: readonly unknown[],
): Promise<StoredTransaction[]> {
  const columns = columnsOf(em, 'StripeTransaction').filter((c) => !DERIVED.includes(c.property));
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

/** A WHERE clause with `?` placeholders and the values bound to them, in order. */
export interface Where {
  sql: string;
  params: unknown[];
}

/**
 * The conditions of a connection's transaction list. Every value is bound; the search is a
 * position search, not LIKE, so the user's text needs no escaping of `%` and `_`, in the
 * description folded by {@link foldCase} when it was written.
 */
export function filterWhere(
  dialect: Dialect,
  connectionId: string,
  filter: TransactionFilter = {},
  after: Keyset | null = null,
): Where {
  const conditions = ['connection_id = ?'];
  const params: unknown[] = [connectionId];
  const add = (sql: string, ...values: unknown[]): void => {
    conditions.push(sql);
    params.push(...values);
  };
  const category = categoryCondition(filter.category);
  if (category !== null) add(category.sql, ...category.params);
  if (filter.currency) add('currency = ?', filter.currency.toUpperCase());
  if (filter.from) add('created_at >= ?', filter.from);
  if (filter.to) add('created_at < ?', filter.to);
  if (filter.search) {
    const position = dialect === 'postgresql' ? 'strpos' : 'instr';
    add(`${position}(description_folded, ?) > 0`, foldCase(filter.search));
  }
  if (after !== null) {
    const older = olderThanKeysetSql('created_at', after);
    add(older.sql, ...older.params);
  }
  return { sql: conditions.join(' and '), params };
}
