import type { TransactionFilter } from '../../../gql/graphql.js';
import { endOfDay, startOfDay } from '../../../ui/day-range.js';

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
  const from = startOfDay(fields.from);
  const to = endOfDay(fields.to);
  if (from) filter.from = from;
  if (to) filter.to = to;
  const search = fields.search.trim();
  if (search) filter.search = search;
  return filter;
}

/** True when any filter is set. */
export function hasFilters(fields: FilterFields): boolean {
  return Object.values(toTransactionFilter(fields)).length > 0;
}
