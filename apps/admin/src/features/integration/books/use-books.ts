import type { DataSource } from '../source.js';
import { useSourceQuery } from '../use-source-query.js';
import {
  PayoutEntriesQuery,
  PayoutsQuery,
  SettlementQuery,
  SupportPayoutEntriesQuery,
  SupportPayoutsQuery,
  SupportSettlementQuery,
} from './books.documents.js';

interface PageVariables {
  first: number;
  after: string | null;
}

/** One page of the source's payouts, newest first, each reconciled. */
export function usePayouts(source: DataSource, variables: PageVariables) {
  const { value, ...state } = useSourceQuery(source, {
    user: { query: PayoutsQuery, variables, pick: (data) => data.stripePayouts },
    support: {
      query: SupportPayoutsQuery,
      variables: (userId) => ({ ...variables, userId }),
      pick: (data) => data.supportPayouts,
    },
  });
  return { page: value, ...state };
}

/** One page of the entries a payout (Stripe's `po_…`) settled. */
export function usePayoutEntries(
  source: DataSource,
  variables: PageVariables & { payoutId: string },
) {
  const { value, ...state } = useSourceQuery(source, {
    user: { query: PayoutEntriesQuery, variables, pick: (data) => data.stripeBalanceEntries },
    support: {
      query: SupportPayoutEntriesQuery,
      variables: (userId) => ({ ...variables, userId }),
      pick: (data) => data.supportBalanceEntries,
    },
  });
  return { page: value, ...state };
}

/** Settlement totals per settlement currency over a period (open ends are `null`). */
export function useSettlement(
  source: DataSource,
  period: { from: string | null; to: string | null },
) {
  const { value, ...state } = useSourceQuery(source, {
    user: { query: SettlementQuery, variables: period, pick: (data) => data.stripeSettlement },
    support: {
      query: SupportSettlementQuery,
      variables: (userId) => ({ ...period, userId }),
      pick: (data) => data.supportSettlement,
    },
  });
  return { totals: value, ...state };
}
