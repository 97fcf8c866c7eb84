import { graphql } from '../gql/index.js';

/** Shared selections; with fragment masking off, their fields appear inline in each result type. */
export const ConnectionFields = graphql(`
  fragment ConnectionFields on StripeConnection {
    status
    stripeAccountId
    livemode
    scope
    connectedAt
    lastSyncedAt
    nextSyncAt
    lastErrorCode
    lastErrorMessage
  }
`);

export const SupportConnectionFields = graphql(`
  fragment SupportConnectionFields on SupportConnection {
    id
    userId
    status
    stripeAccountId
    livemode
    connectedAt
    lastSyncedAt
    nextSyncAt
    lastErrorCode
    lastErrorMessage
    lastErrorAt
  }
`);

/** Where a list page ends: what the pager needs to ask for the next one. */
export const PageInfoFields = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

export const TransactionFields = graphql(`
  fragment TransactionFields on StripeTransaction {
    id
    stripeTransactionId
    amount
    currency
    description
    receiptUrl
    createdAt
    category
    categorySource
    categoryRuleId
    status
    amountRefunded
    refunded
    disputed
    livemode
  }
`);

export const TransactionPage = graphql(`
  fragment TransactionPage on StripeTransactionConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...TransactionFields
      }
    }
  }
`);

export const SyncRunFields = graphql(`
  fragment SyncRunFields on SyncRun {
    id
    status
    trigger
    full
    startedAt
    finishedAt
    pagesFetched
    fetchedCount
    insertedCount
    updatedCount
    skippedCount
    errorCode
    errorMessage
  }
`);

export const SyncRunPage = graphql(`
  fragment SyncRunPage on SyncRunConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...SyncRunFields
      }
    }
  }
`);

export const SyncProgressFields = graphql(`
  fragment SyncProgressFields on SyncProgress {
    runId
    status
    pagesFetched
    fetchedCount
    insertedCount
    updatedCount
    chargesPerSecond
    done
    errorCode
    errorMessage
  }
`);

export const StatsFields = graphql(`
  fragment StatsFields on SyncStats {
    transactionCount
    syncCount
    failedSyncCount
    lastSyncedAt
    totals {
      currency
      amount
      count
    }
    byCategory {
      category
      currency
      amount
      count
    }
  }
`);

export const VolumePointFields = graphql(`
  fragment VolumePointFields on VolumePoint {
    date
    currency
    amount
    count
  }
`);

export const CategoryRuleFields = graphql(`
  fragment CategoryRuleFields on CategoryRule {
    id
    priority
    category
    matchType
    pattern
    metadataKey
  }
`);

export const CategoryRuleChangeFields = graphql(`
  fragment CategoryRuleChangeFields on CategoryRuleChange {
    recategorizedCount
    rules {
      ...CategoryRuleFields
    }
  }
`);

export const SupportConnectionPage = graphql(`
  fragment SupportConnectionPage on SupportConnectionConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...SupportConnectionFields
      }
    }
  }
`);

export const AuditEntryFields = graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    actorId
    actorRole
    action
    target
    at
    details
  }
`);

export const AuditEntryPage = graphql(`
  fragment AuditEntryPage on AuditEntryConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...AuditEntryFields
      }
    }
  }
`);

export const SupportSyncRunPage = graphql(`
  fragment SupportSyncRunPage on SupportSyncRunConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        userId
        stripeAccountId
        run {
          ...SyncRunFields
        }
      }
    }
  }
`);

/** A payout with the sums of the entries it settled and whether they add up to it. */
export const PayoutFields = graphql(`
  fragment PayoutFields on StripePayout {
    id
    stripePayoutId
    amount
    currency
    status
    arrivalDate
    createdAt
    entryCount
    gross
    fees
    net
    reconciled
    difference
  }
`);

export const PayoutPage = graphql(`
  fragment PayoutPage on StripePayoutConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...PayoutFields
      }
    }
  }
`);

export const BalanceEntryFields = graphql(`
  fragment BalanceEntryFields on StripeBalanceEntry {
    id
    stripeBalanceTransactionId
    type
    reportingCategory
    category
    amount
    fee
    net
    currency
    sourceId
    chargeId
    createdAt
  }
`);

export const BalanceEntryPage = graphql(`
  fragment BalanceEntryPage on StripeBalanceEntryConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...BalanceEntryFields
      }
    }
  }
`);

export const SettlementFields = graphql(`
  fragment SettlementFields on SettlementTotals {
    currency
    charges
    refunds
    disputes
    fees
    other
    net
    paidOut
  }
`);
