import type { TransactionFilter } from '../../../gql/graphql.js';

/** The filter form's fields; dates are calendar days (`YYYY-MM-DD`, UTC). */
export interface FilterFields {
  category: string;
  currency: string;
  from: string;
  to: string;
  search: string;
}

export const NO_FILTERS: FilterFields = {
  category: '',
  currency: '',
  from: '',
  to: '',
  search: '',
};

/** The API's filter: only the fields that are set; a date range covers whole UTC days. */
export function toTransactionFilter(fields: FilterFields): TransactionFilter {
  const filter: TransactionFilter = {};
  if (fields.category) filter.category = fields.category;
  if (fields.currency) filter.currency = fields.currency;
  if (fields.from) filter.from = `${fields.from}T00:00:00.000Z`;
  if (fields.to) filter.to = `${fields.to}T23:59:59.999Z`;
  const search = fields.search.trim();
  if (search) filter.search = search;
  return filter;
}

/** True when any filter is set. */
export function hasFilters(fields: FilterFields): boolean {
  return Object.values(toTransactionFilter(fields)).length > 0;
}
