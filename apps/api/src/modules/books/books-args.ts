import type { BalanceEntryFilter as StoredFilter } from '@cora/db';
import { badInput } from '../../errors/app-error.js';
import { textArg } from '../../graphql/args.js';
import type { BalanceEntryFilter } from './books.types.js';

/** A period from the caller: `to` is inclusive for users, exclusive for the repositories. */
export interface Period {
  from: Date | null;
  to: Date | null;
}

/** Validates a period (`from` not after `to`) into the repositories' half-open one. */
export function periodArg(from: Date | null | undefined, to: Date | null | undefined): Period {
  if (from && to && from > to) throw badInput('from must not be after to');
  return { from: from ?? null, to: to ? new Date(to.getTime() + 1) : null };
}

/** Validates the GraphQL filter of balance entries into the repository's. */
export function parseBalanceEntryFilter(
  filter: BalanceEntryFilter | null | undefined,
): StoredFilter {
  if (filter === null || filter === undefined) return {};
  const text = (value: string | null | undefined, name: string, max: number) =>
    value ? textArg(value, `filter.${name}`, max) : null;
  const period = periodArg(filter.from, filter.to);
  return {
    type: text(filter.type, 'type', 64),
    reportingCategory: text(filter.reportingCategory, 'reportingCategory', 64),
    payoutId: text(filter.payoutId, 'payoutId', 191),
    chargeId: text(filter.chargeId, 'chargeId', 191),
    from: period.from,
    to: period.to,
  };
}
