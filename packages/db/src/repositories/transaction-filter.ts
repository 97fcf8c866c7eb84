import { raw, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { StripeTransactionEntity } from '../entities/transaction.entity.js';
import { dialectOf } from '../sql/dialect.js';
import type { TransactionFilter } from './transaction.types.js';

/** The WHERE conditions of a connection's transaction list, as a list to AND together. */
export function filterQuery(
  em: SqlEntityManager,
  connectionId: string,
  filter: TransactionFilter = {},
): FilterQuery<StripeTransactionEntity>[] {
  const where: FilterQuery<StripeTransactionEntity>[] = [{ connection: connectionId }];
  if (filter.category) where.push({ category: filter.category });
  if (filter.currency) where.push({ currency: filter.currency.toUpperCase() });
  if (filter.from) where.push({ createdAt: { $gte: filter.from } });
  if (filter.to) where.push({ createdAt: { $lt: filter.to } });
  if (filter.search) {
    // A position search, not LIKE: the user's text needs no escaping of % and _.
    const position = dialectOf(em) === 'postgresql' ? 'strpos' : 'instr';
    const key = raw<object, string>(
      (alias) => `${position}(lower(${alias}.description), lower(?))`,
      [filter.search],
    );
    where.push({ [key]: { $gt: 0 } });
  }
  return where;
}
