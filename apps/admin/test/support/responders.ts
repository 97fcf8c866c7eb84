import {
  audit,
  connectionsPage,
  failedRuns,
  overview,
  runningRuns,
  succeededRuns,
  supportConnection,
  supportConnections,
} from '../fixtures/support.js';
import {
  connected,
  runPage,
  runs,
  rules,
  stats,
  transactionPage,
  transactions,
  volume,
} from '../fixtures/integration.js';
import { entries, entryPage, payoutPage, payouts, settlement } from '../fixtures/books.js';
import type { Responders } from './fake-client.js';

/** A connected user with data everywhere; override any operation. */
export function userResponders(overrides: Responders = {}): Responders {
  return {
    Connection: () => ({ data: { __typename: 'Query', stripeConnection: connected } }),
    Stats: () => ({
      data: { __typename: 'Query', stripeSyncStats: stats, stripeVolumeSeries: volume },
    }),
    Transactions: () => ({
      data: { __typename: 'Query', stripeTransactions: transactionPage(transactions, true) },
    }),
    SyncHistory: () => ({ data: { __typename: 'Query', stripeSyncHistory: runPage(runs) } }),
    CategoryRules: () => ({ data: { __typename: 'Query', categoryRules: rules } }),
    Payouts: () => ({ data: { __typename: 'Query', stripePayouts: payoutPage(payouts, true) } }),
    PayoutEntries: () => ({
      data: { __typename: 'Query', stripeBalanceEntries: entryPage(entries) },
    }),
    Settlement: () => ({ data: { __typename: 'Query', stripeSettlement: settlement } }),
    ...overrides,
  };
}

/** A support user looking at a few connections; override any operation. */
export function supportResponders(overrides: Responders = {}): Responders {
  return {
    SupportConnections: () => ({
      data: { __typename: 'Query', supportConnections: connectionsPage(supportConnections, true) },
    }),
    SupportConnection: (variables) => ({
      data: { __typename: 'Query', supportConnection: supportConnection(String(variables.userId)) },
    }),
    SupportStats: () => ({
      data: { __typename: 'Query', supportSyncStats: stats, supportVolumeSeries: volume },
    }),
    SupportTransactions: () => ({
      data: { __typename: 'Query', supportTransactions: transactionPage(transactions) },
    }),
    SupportSyncHistory: () => ({
      data: { __typename: 'Query', supportSyncHistory: runPage(runs) },
    }),
    SupportCategoryRules: () => ({ data: { __typename: 'Query', supportCategoryRules: rules } }),
    SupportAuditLog: () => ({ data: { __typename: 'Query', supportAuditLog: audit } }),
    SupportSyncRuns: (variables) => ({
      data: {
        __typename: 'Query',
        supportSyncRuns:
          { RUNNING: runningRuns, SUCCEEDED: succeededRuns }[String(variables.status)] ??
          failedRuns,
      },
    }),
    SupportOverview: () => ({ data: overview }),
    SupportPayouts: () => ({
      data: { __typename: 'Query', supportPayouts: payoutPage(payouts) },
    }),
    SupportPayoutEntries: () => ({
      data: { __typename: 'Query', supportBalanceEntries: entryPage(entries) },
    }),
    SupportSettlement: () => ({ data: { __typename: 'Query', supportSettlement: settlement } }),
    ...overrides,
  };
}
