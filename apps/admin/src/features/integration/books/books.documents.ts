import { graphql } from '../../../gql/index.js';

export const PayoutsQuery = graphql(`
  query Payouts($first: Int, $after: String) {
    stripePayouts(first: $first, after: $after) {
      ...PayoutPage
    }
  }
`);

export const SupportPayoutsQuery = graphql(`
  query SupportPayouts($userId: String!, $first: Int, $after: String) {
    supportPayouts(userId: $userId, first: $first, after: $after) {
      ...PayoutPage
    }
  }
`);

/** The entries one payout settled (`payoutId` is Stripe's `po_…`). */
export const PayoutEntriesQuery = graphql(`
  query PayoutEntries($payoutId: String!, $first: Int, $after: String) {
    stripeBalanceEntries(first: $first, after: $after, filter: { payoutId: $payoutId }) {
      ...BalanceEntryPage
    }
  }
`);

export const SupportPayoutEntriesQuery = graphql(`
  query SupportPayoutEntries($userId: String!, $payoutId: String!, $first: Int, $after: String) {
    supportBalanceEntries(
      userId: $userId
      first: $first
      after: $after
      filter: { payoutId: $payoutId }
    ) {
      ...BalanceEntryPage
    }
  }
`);

export const SettlementQuery = graphql(`
  query Settlement($from: DateTime, $to: DateTime) {
    stripeSettlement(from: $from, to: $to) {
      ...SettlementFields
    }
  }
`);

export const SupportSettlementQuery = graphql(`
  query SupportSettlement($userId: String!, $from: DateTime, $to: DateTime) {
    supportSettlement(userId: $userId, from: $from, to: $to) {
      ...SettlementFields
    }
  }
`);

/** Payouts that Stripe's webhooks create or change, live (the user's own). */
export const PayoutChangedSubscription = graphql(`
  subscription PayoutChanged {
    stripePayoutChanged {
      ...PayoutFields
    }
  }
`);
