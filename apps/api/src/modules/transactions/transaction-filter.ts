import type { TransactionFilter as StoredFilter } from '@cora/core';
import { badInput } from '../../errors/app-error.js';
import { currencyArg, textArg } from '../../graphql/args.js';
import type { TransactionFilter } from './transaction.types.js';

/** Validates the GraphQL filter into core's; `to` is inclusive for users. */
export function parseTransactionFilter(filter: TransactionFilter | null | undefined): StoredFilter {
  if (filter === null || filter === undefined) return {};
  const { from, to } = filter;
  if (from && to && from > to) throw badInput('filter.from must not be after filter.to');
  return {
    ...(filter.category ? { category: textArg(filter.category, 'filter.category', 191) } : {}),
    ...(filter.currency ? { currency: currencyArg(filter.currency) } : {}),
    ...(from ? { from } : {}),
    // The repository's `to` is exclusive; a user's "to" includes that instant.
    ...(to ? { to: new Date(to.getTime() + 1) } : {}),
    ...(filter.search ? { search: textArg(filter.search, 'filter.search', 200) } : {}),
  };
}
