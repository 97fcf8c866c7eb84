/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Payouts($first: Int, $after: String) {\n    stripePayouts(first: $first, after: $after) {\n      ...PayoutPage\n    }\n  }\n': typeof types.PayoutsDocument;
  '\n  query SupportPayouts($userId: String!, $first: Int, $after: String) {\n    supportPayouts(userId: $userId, first: $first, after: $after) {\n      ...PayoutPage\n    }\n  }\n': typeof types.SupportPayoutsDocument;
  '\n  query PayoutEntries($payoutId: String!, $first: Int, $after: String) {\n    stripeBalanceEntries(first: $first, after: $after, filter: { payoutId: $payoutId }) {\n      ...BalanceEntryPage\n    }\n  }\n': typeof types.PayoutEntriesDocument;
  '\n  query SupportPayoutEntries($userId: String!, $payoutId: String!, $first: Int, $after: String) {\n    supportBalanceEntries(\n      userId: $userId\n      first: $first\n      after: $after\n      filter: { payoutId: $payoutId }\n    ) {\n      ...BalanceEntryPage\n    }\n  }\n': typeof types.SupportPayoutEntriesDocument;
  '\n  query Settlement($from: DateTime, $to: DateTime) {\n    stripeSettlement(from: $from, to: $to) {\n      ...SettlementFields\n    }\n  }\n': typeof types.SettlementDocument;
  '\n  query SupportSettlement($userId: String!, $from: DateTime, $to: DateTime) {\n    supportSettlement(userId: $userId, from: $from, to: $to) {\n      ...SettlementFields\n    }\n  }\n': typeof types.SupportSettlementDocument;
  '\n  subscription PayoutChanged {\n    stripePayoutChanged {\n      ...PayoutFields\n    }\n  }\n': typeof types.PayoutChangedDocument;
  '\n  query Connection {\n    stripeConnection {\n      ...ConnectionFields\n    }\n  }\n': typeof types.ConnectionDocument;
  '\n  mutation CompleteConnection($code: String!, $state: String!) {\n    completeStripeConnection(code: $code, state: $state) {\n      ...ConnectionFields\n    }\n  }\n': typeof types.CompleteConnectionDocument;
  '\n  mutation Disconnect {\n    disconnectStripe {\n      ...ConnectionFields\n    }\n  }\n': typeof types.DisconnectDocument;
  '\n  mutation TestConnection {\n    testStripeConnection {\n      outcome\n      message\n      stripeAccountId\n    }\n  }\n': typeof types.TestConnectionDocument;
  '\n  query SupportConnection($userId: String!) {\n    supportConnection(userId: $userId) {\n      ...SupportConnectionFields\n    }\n  }\n': typeof types.SupportConnectionDocument;
  '\n  fragment CategoryLearningFields on CategoryLearning {\n    enabled\n    corrections\n    categorizedCount\n    threshold\n  }\n': typeof types.CategoryLearningFieldsFragmentDoc;
  '\n  query CategoryLearning {\n    categoryLearning {\n      ...CategoryLearningFields\n    }\n  }\n': typeof types.CategoryLearningDocument;
  '\n  query SupportCategoryLearning($userId: String!) {\n    supportCategoryLearning(userId: $userId) {\n      ...CategoryLearningFields\n    }\n  }\n': typeof types.SupportCategoryLearningDocument;
  '\n  mutation SetCategoryLearning($enabled: Boolean!) {\n    setCategoryLearning(enabled: $enabled) {\n      ...CategoryLearningFields\n    }\n  }\n': typeof types.SetCategoryLearningDocument;
  '\n  query CategoryRules {\n    categoryRules {\n      ...CategoryRuleFields\n    }\n  }\n': typeof types.CategoryRulesDocument;
  '\n  query SupportCategoryRules($userId: String!) {\n    supportCategoryRules(userId: $userId) {\n      ...CategoryRuleFields\n    }\n  }\n': typeof types.SupportCategoryRulesDocument;
  '\n  mutation CreateCategoryRule($input: CategoryRuleInput!) {\n    createCategoryRule(input: $input) {\n      ...CategoryRuleChangeFields\n    }\n  }\n': typeof types.CreateCategoryRuleDocument;
  '\n  mutation UpdateCategoryRule($id: ID!, $input: CategoryRuleInput!) {\n    updateCategoryRule(id: $id, input: $input) {\n      ...CategoryRuleChangeFields\n    }\n  }\n': typeof types.UpdateCategoryRuleDocument;
  '\n  mutation DeleteCategoryRule($id: ID!) {\n    deleteCategoryRule(id: $id) {\n      ...CategoryRuleChangeFields\n    }\n  }\n': typeof types.DeleteCategoryRuleDocument;
  '\n  mutation ReorderCategoryRules($ids: [ID!]!) {\n    reorderCategoryRules(ids: $ids) {\n      ...CategoryRuleChangeFields\n    }\n  }\n': typeof types.ReorderCategoryRulesDocument;
  '\n  query Stats($days: Int) {\n    stripeSyncStats {\n      ...StatsFields\n    }\n    stripeVolumeSeries(days: $days) {\n      ...VolumePointFields\n    }\n  }\n': typeof types.StatsDocument;
  '\n  query SupportStats($userId: String!, $days: Int) {\n    supportSyncStats(userId: $userId) {\n      ...StatsFields\n    }\n    supportVolumeSeries(userId: $userId, days: $days) {\n      ...VolumePointFields\n    }\n  }\n': typeof types.SupportStatsDocument;
  '\n  mutation StartSync($full: Boolean) {\n    syncStripeTransactions(full: $full) {\n      ...SyncRunFields\n    }\n  }\n': typeof types.StartSyncDocument;
  '\n  mutation SupportSyncNow($userId: String!, $full: Boolean) {\n    supportSyncConnection(userId: $userId, full: $full) {\n      ...SyncRunFields\n    }\n  }\n': typeof types.SupportSyncNowDocument;
  '\n  subscription SyncProgress($runId: ID) {\n    stripeSyncProgress(runId: $runId) {\n      ...SyncProgressFields\n    }\n  }\n': typeof types.SyncProgressDocument;
  '\n  subscription SupportSyncProgress {\n    supportSyncProgress {\n      ...SyncProgressFields\n    }\n  }\n': typeof types.SupportSyncProgressDocument;
  '\n  query SyncHistory($first: Int, $after: String) {\n    stripeSyncHistory(first: $first, after: $after) {\n      ...SyncRunPage\n    }\n  }\n': typeof types.SyncHistoryDocument;
  '\n  query SupportSyncHistory($userId: String!, $first: Int, $after: String) {\n    supportSyncHistory(userId: $userId, first: $first, after: $after) {\n      ...SyncRunPage\n    }\n  }\n': typeof types.SupportSyncHistoryDocument;
  '\n  query Transactions($first: Int, $after: String, $filter: TransactionFilter) {\n    stripeTransactions(first: $first, after: $after, filter: $filter) {\n      ...TransactionPage\n    }\n  }\n': typeof types.TransactionsDocument;
  '\n  query SupportTransactions(\n    $userId: String!\n    $first: Int\n    $after: String\n    $filter: TransactionFilter\n  ) {\n    supportTransactions(userId: $userId, first: $first, after: $after, filter: $filter) {\n      ...TransactionPage\n    }\n  }\n': typeof types.SupportTransactionsDocument;
  '\n  mutation SetCategory($id: ID!, $category: String!) {\n    setTransactionCategory(id: $id, category: $category) {\n      ...TransactionFields\n    }\n  }\n': typeof types.SetCategoryDocument;
  '\n  subscription TransactionChanged {\n    stripeTransactionChanged {\n      ...TransactionFields\n    }\n  }\n': typeof types.TransactionChangedDocument;
  '\n  query SupportParkedWebhookEvents($userId: String!) {\n    supportParkedWebhookEvents(userId: $userId) {\n      eventId\n      type\n      receivedAt\n      parkedAt\n      attempts\n      lastError\n    }\n  }\n': typeof types.SupportParkedWebhookEventsDocument;
  '\n  mutation SupportRetryWebhookEvent($userId: String!, $eventId: String!) {\n    supportRetryWebhookEvent(userId: $userId, eventId: $eventId)\n  }\n': typeof types.SupportRetryWebhookEventDocument;
  '\n  query SupportConnections(\n    $first: Int\n    $after: String\n    $search: String\n    $status: ConnectionStatus\n  ) {\n    supportConnections(first: $first, after: $after, search: $search, status: $status) {\n      ...SupportConnectionPage\n    }\n  }\n': typeof types.SupportConnectionsDocument;
  '\n  query SupportAuditLog($userId: String!, $first: Int, $after: String) {\n    supportAuditLog(userId: $userId, first: $first, after: $after) {\n      ...AuditEntryPage\n    }\n  }\n': typeof types.SupportAuditLogDocument;
  '\n  query SupportSyncRuns($status: SyncStatus, $since: DateTime, $first: Int, $after: String) {\n    supportSyncRuns(status: $status, since: $since, first: $first, after: $after) {\n      ...SupportSyncRunPage\n    }\n  }\n': typeof types.SupportSyncRunsDocument;
  '\n  query SupportOverview($days: Int) {\n    supportOverview(days: $days) {\n      syncSuccessRate\n      transactionsSynced\n      errorRate\n      averageSyncSeconds\n      activeConnections\n      series {\n        date\n        succeededRuns\n        failedRuns\n        transactionsSynced\n        errorRate\n      }\n    }\n    supportAlerts {\n      id\n      rule\n      state\n      message\n      target\n      firedAt\n      resolvedAt\n    }\n  }\n': typeof types.SupportOverviewDocument;
  '\n  fragment SyncRunLive on SyncRun {\n    id\n    status\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n  }\n': typeof types.SyncRunLiveFragmentDoc;
  '\n  fragment ConnectionFields on StripeConnection {\n    status\n    stripeAccountId\n    livemode\n    scope\n    connectedAt\n    lastSyncedAt\n    nextSyncAt\n    lastErrorCode\n    lastErrorMessage\n  }\n': typeof types.ConnectionFieldsFragmentDoc;
  '\n  fragment SupportConnectionFields on SupportConnection {\n    id\n    userId\n    status\n    stripeAccountId\n    livemode\n    connectedAt\n    lastSyncedAt\n    nextSyncAt\n    lastErrorCode\n    lastErrorMessage\n    lastErrorAt\n  }\n': typeof types.SupportConnectionFieldsFragmentDoc;
  '\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n': typeof types.PageInfoFieldsFragmentDoc;
  '\n  fragment TransactionFields on StripeTransaction {\n    id\n    stripeTransactionId\n    amount\n    currency\n    description\n    receiptUrl\n    createdAt\n    category\n    categorySource\n    categoryRuleId\n    suggestion {\n      category\n      confidence\n      reasons\n    }\n    learnedReasons\n    status\n    amountRefunded\n    refunded\n    disputed\n    livemode\n  }\n': typeof types.TransactionFieldsFragmentDoc;
  '\n  fragment TransactionPage on StripeTransactionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionFields\n      }\n    }\n  }\n': typeof types.TransactionPageFragmentDoc;
  '\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    trigger\n    full\n    startedAt\n    finishedAt\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n    skippedCount\n    errorCode\n    errorMessage\n  }\n': typeof types.SyncRunFieldsFragmentDoc;
  '\n  fragment SyncRunPage on SyncRunConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SyncRunFields\n      }\n    }\n  }\n': typeof types.SyncRunPageFragmentDoc;
  '\n  fragment SyncProgressFields on SyncProgress {\n    runId\n    status\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n    chargesPerSecond\n    done\n    errorCode\n    errorMessage\n  }\n': typeof types.SyncProgressFieldsFragmentDoc;
  '\n  fragment StatsFields on SyncStats {\n    transactionCount\n    syncCount\n    failedSyncCount\n    lastSyncedAt\n    totals {\n      currency\n      amount\n      count\n    }\n    byCategory {\n      category\n      currency\n      amount\n      count\n    }\n  }\n': typeof types.StatsFieldsFragmentDoc;
  '\n  fragment VolumePointFields on VolumePoint {\n    date\n    currency\n    amount\n    count\n  }\n': typeof types.VolumePointFieldsFragmentDoc;
  '\n  fragment CategoryRuleFields on CategoryRule {\n    id\n    priority\n    category\n    matchType\n    pattern\n    metadataKey\n  }\n': typeof types.CategoryRuleFieldsFragmentDoc;
  '\n  fragment CategoryRuleChangeFields on CategoryRuleChange {\n    recategorizedCount\n    rules {\n      ...CategoryRuleFields\n    }\n  }\n': typeof types.CategoryRuleChangeFieldsFragmentDoc;
  '\n  fragment SupportConnectionPage on SupportConnectionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SupportConnectionFields\n      }\n    }\n  }\n': typeof types.SupportConnectionPageFragmentDoc;
  '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    actorId\n    actorRole\n    action\n    target\n    at\n    details\n  }\n': typeof types.AuditEntryFieldsFragmentDoc;
  '\n  fragment AuditEntryPage on AuditEntryConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AuditEntryFields\n      }\n    }\n  }\n': typeof types.AuditEntryPageFragmentDoc;
  '\n  fragment SupportSyncRunPage on SupportSyncRunConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        userId\n        stripeAccountId\n        run {\n          ...SyncRunFields\n        }\n      }\n    }\n  }\n': typeof types.SupportSyncRunPageFragmentDoc;
  '\n  fragment PayoutFields on StripePayout {\n    id\n    stripePayoutId\n    amount\n    currency\n    status\n    arrivalDate\n    createdAt\n    entryCount\n    gross\n    fees\n    net\n    reconciled\n    difference\n  }\n': typeof types.PayoutFieldsFragmentDoc;
  '\n  fragment PayoutPage on StripePayoutConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...PayoutFields\n      }\n    }\n  }\n': typeof types.PayoutPageFragmentDoc;
  '\n  fragment BalanceEntryFields on StripeBalanceEntry {\n    id\n    stripeBalanceTransactionId\n    type\n    reportingCategory\n    category\n    amount\n    fee\n    net\n    currency\n    sourceId\n    chargeId\n    createdAt\n  }\n': typeof types.BalanceEntryFieldsFragmentDoc;
  '\n  fragment BalanceEntryPage on StripeBalanceEntryConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...BalanceEntryFields\n      }\n    }\n  }\n': typeof types.BalanceEntryPageFragmentDoc;
  '\n  fragment SettlementFields on SettlementTotals {\n    currency\n    charges\n    refunds\n    disputes\n    fees\n    other\n    net\n    paidOut\n  }\n': typeof types.SettlementFieldsFragmentDoc;
};
const documents: Documents = {
  '\n  query Payouts($first: Int, $after: String) {\n    stripePayouts(first: $first, after: $after) {\n      ...PayoutPage\n    }\n  }\n':
    types.PayoutsDocument,
  '\n  query SupportPayouts($userId: String!, $first: Int, $after: String) {\n    supportPayouts(userId: $userId, first: $first, after: $after) {\n      ...PayoutPage\n    }\n  }\n':
    types.SupportPayoutsDocument,
  '\n  query PayoutEntries($payoutId: String!, $first: Int, $after: String) {\n    stripeBalanceEntries(first: $first, after: $after, filter: { payoutId: $payoutId }) {\n      ...BalanceEntryPage\n    }\n  }\n':
    types.PayoutEntriesDocument,
  '\n  query SupportPayoutEntries($userId: String!, $payoutId: String!, $first: Int, $after: String) {\n    supportBalanceEntries(\n      userId: $userId\n      first: $first\n      after: $after\n      filter: { payoutId: $payoutId }\n    ) {\n      ...BalanceEntryPage\n    }\n  }\n':
    types.SupportPayoutEntriesDocument,
  '\n  query Settlement($from: DateTime, $to: DateTime) {\n    stripeSettlement(from: $from, to: $to) {\n      ...SettlementFields\n    }\n  }\n':
    types.SettlementDocument,
  '\n  query SupportSettlement($userId: String!, $from: DateTime, $to: DateTime) {\n    supportSettlement(userId: $userId, from: $from, to: $to) {\n      ...SettlementFields\n    }\n  }\n':
    types.SupportSettlementDocument,
  '\n  subscription PayoutChanged {\n    stripePayoutChanged {\n      ...PayoutFields\n    }\n  }\n':
    types.PayoutChangedDocument,
  '\n  query Connection {\n    stripeConnection {\n      ...ConnectionFields\n    }\n  }\n':
    types.ConnectionDocument,
  '\n  mutation CompleteConnection($code: String!, $state: String!) {\n    completeStripeConnection(code: $code, state: $state) {\n      ...ConnectionFields\n    }\n  }\n':
    types.CompleteConnectionDocument,
  '\n  mutation Disconnect {\n    disconnectStripe {\n      ...ConnectionFields\n    }\n  }\n':
    types.DisconnectDocument,
  '\n  mutation TestConnection {\n    testStripeConnection {\n      outcome\n      message\n      stripeAccountId\n    }\n  }\n':
    types.TestConnectionDocument,
  '\n  query SupportConnection($userId: String!) {\n    supportConnection(userId: $userId) {\n      ...SupportConnectionFields\n    }\n  }\n':
    types.SupportConnectionDocument,
  '\n  fragment CategoryLearningFields on CategoryLearning {\n    enabled\n    corrections\n    categorizedCount\n    threshold\n  }\n':
    types.CategoryLearningFieldsFragmentDoc,
  '\n  query CategoryLearning {\n    categoryLearning {\n      ...CategoryLearningFields\n    }\n  }\n':
    types.CategoryLearningDocument,
  '\n  query SupportCategoryLearning($userId: String!) {\n    supportCategoryLearning(userId: $userId) {\n      ...CategoryLearningFields\n    }\n  }\n':
    types.SupportCategoryLearningDocument,
  '\n  mutation SetCategoryLearning($enabled: Boolean!) {\n    setCategoryLearning(enabled: $enabled) {\n      ...CategoryLearningFields\n    }\n  }\n':
    types.SetCategoryLearningDocument,
  '\n  query CategoryRules {\n    categoryRules {\n      ...CategoryRuleFields\n    }\n  }\n':
    types.CategoryRulesDocument,
  '\n  query SupportCategoryRules($userId: String!) {\n    supportCategoryRules(userId: $userId) {\n      ...CategoryRuleFields\n    }\n  }\n':
    types.SupportCategoryRulesDocument,
  '\n  mutation CreateCategoryRule($input: CategoryRuleInput!) {\n    createCategoryRule(input: $input) {\n      ...CategoryRuleChangeFields\n    }\n  }\n':
    types.CreateCategoryRuleDocument,
  '\n  mutation UpdateCategoryRule($id: ID!, $input: CategoryRuleInput!) {\n    updateCategoryRule(id: $id, input: $input) {\n      ...CategoryRuleChangeFields\n    }\n  }\n':
    types.UpdateCategoryRuleDocument,
  '\n  mutation DeleteCategoryRule($id: ID!) {\n    deleteCategoryRule(id: $id) {\n      ...CategoryRuleChangeFields\n    }\n  }\n':
    types.DeleteCategoryRuleDocument,
  '\n  mutation ReorderCategoryRules($ids: [ID!]!) {\n    reorderCategoryRules(ids: $ids) {\n      ...CategoryRuleChangeFields\n    }\n  }\n':
    types.ReorderCategoryRulesDocument,
  '\n  query Stats($days: Int) {\n    stripeSyncStats {\n      ...StatsFields\n    }\n    stripeVolumeSeries(days: $days) {\n      ...VolumePointFields\n    }\n  }\n':
    types.StatsDocument,
  '\n  query SupportStats($userId: String!, $days: Int) {\n    supportSyncStats(userId: $userId) {\n      ...StatsFields\n    }\n    supportVolumeSeries(userId: $userId, days: $days) {\n      ...VolumePointFields\n    }\n  }\n':
    types.SupportStatsDocument,
  '\n  mutation StartSync($full: Boolean) {\n    syncStripeTransactions(full: $full) {\n      ...SyncRunFields\n    }\n  }\n':
    types.StartSyncDocument,
  '\n  mutation SupportSyncNow($userId: String!, $full: Boolean) {\n    supportSyncConnection(userId: $userId, full: $full) {\n      ...SyncRunFields\n    }\n  }\n':
    types.SupportSyncNowDocument,
  '\n  subscription SyncProgress($runId: ID) {\n    stripeSyncProgress(runId: $runId) {\n      ...SyncProgressFields\n    }\n  }\n':
    types.SyncProgressDocument,
  '\n  subscription SupportSyncProgress {\n    supportSyncProgress {\n      ...SyncProgressFields\n    }\n  }\n':
    types.SupportSyncProgressDocument,
  '\n  query SyncHistory($first: Int, $after: String) {\n    stripeSyncHistory(first: $first, after: $after) {\n      ...SyncRunPage\n    }\n  }\n':
    types.SyncHistoryDocument,
  '\n  query SupportSyncHistory($userId: String!, $first: Int, $after: String) {\n    supportSyncHistory(userId: $userId, first: $first, after: $after) {\n      ...SyncRunPage\n    }\n  }\n':
    types.SupportSyncHistoryDocument,
  '\n  query Transactions($first: Int, $after: String, $filter: TransactionFilter) {\n    stripeTransactions(first: $first, after: $after, filter: $filter) {\n      ...TransactionPage\n    }\n  }\n':
    types.TransactionsDocument,
  '\n  query SupportTransactions(\n    $userId: String!\n    $first: Int\n    $after: String\n    $filter: TransactionFilter\n  ) {\n    supportTransactions(userId: $userId, first: $first, after: $after, filter: $filter) {\n      ...TransactionPage\n    }\n  }\n':
    types.SupportTransactionsDocument,
  '\n  mutation SetCategory($id: ID!, $category: String!) {\n    setTransactionCategory(id: $id, category: $category) {\n      ...TransactionFields\n    }\n  }\n':
    types.SetCategoryDocument,
  '\n  subscription TransactionChanged {\n    stripeTransactionChanged {\n      ...TransactionFields\n    }\n  }\n':
    types.TransactionChangedDocument,
  '\n  query SupportParkedWebhookEvents($userId: String!) {\n    supportParkedWebhookEvents(userId: $userId) {\n      eventId\n      type\n      receivedAt\n      parkedAt\n      attempts\n      lastError\n    }\n  }\n':
    types.SupportParkedWebhookEventsDocument,
  '\n  mutation SupportRetryWebhookEvent($userId: String!, $eventId: String!) {\n    supportRetryWebhookEvent(userId: $userId, eventId: $eventId)\n  }\n':
    types.SupportRetryWebhookEventDocument,
  '\n  query SupportConnections(\n    $first: Int\n    $after: String\n    $search: String\n    $status: ConnectionStatus\n  ) {\n    supportConnections(first: $first, after: $after, search: $search, status: $status) {\n      ...SupportConnectionPage\n    }\n  }\n':
    types.SupportConnectionsDocument,
  '\n  query SupportAuditLog($userId: String!, $first: Int, $after: String) {\n    supportAuditLog(userId: $userId, first: $first, after: $after) {\n      ...AuditEntryPage\n    }\n  }\n':
    types.SupportAuditLogDocument,
  '\n  query SupportSyncRuns($status: SyncStatus, $since: DateTime, $first: Int, $after: String) {\n    supportSyncRuns(status: $status, since: $since, first: $first, after: $after) {\n      ...SupportSyncRunPage\n    }\n  }\n':
    types.SupportSyncRunsDocument,
  '\n  query SupportOverview($days: Int) {\n    supportOverview(days: $days) {\n      syncSuccessRate\n      transactionsSynced\n      errorRate\n      averageSyncSeconds\n      activeConnections\n      series {\n        date\n        succeededRuns\n        failedRuns\n        transactionsSynced\n        errorRate\n      }\n    }\n    supportAlerts {\n      id\n      rule\n      state\n      message\n      target\n      firedAt\n      resolvedAt\n    }\n  }\n':
    types.SupportOverviewDocument,
  '\n  fragment SyncRunLive on SyncRun {\n    id\n    status\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n  }\n':
    types.SyncRunLiveFragmentDoc,
  '\n  fragment ConnectionFields on StripeConnection {\n    status\n    stripeAccountId\n    livemode\n    scope\n    connectedAt\n    lastSyncedAt\n    nextSyncAt\n    lastErrorCode\n    lastErrorMessage\n  }\n':
    types.ConnectionFieldsFragmentDoc,
  '\n  fragment SupportConnectionFields on SupportConnection {\n    id\n    userId\n    status\n    stripeAccountId\n    livemode\n    connectedAt\n    lastSyncedAt\n    nextSyncAt\n    lastErrorCode\n    lastErrorMessage\n    lastErrorAt\n  }\n':
    types.SupportConnectionFieldsFragmentDoc,
  '\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n':
    types.PageInfoFieldsFragmentDoc,
  '\n  fragment TransactionFields on StripeTransaction {\n    id\n    stripeTransactionId\n    amount\n    currency\n    description\n    receiptUrl\n    createdAt\n    category\n    categorySource\n    categoryRuleId\n    suggestion {\n      category\n      confidence\n      reasons\n    }\n    learnedReasons\n    status\n    amountRefunded\n    refunded\n    disputed\n    livemode\n  }\n':
    types.TransactionFieldsFragmentDoc,
  '\n  fragment TransactionPage on StripeTransactionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionFields\n      }\n    }\n  }\n':
    types.TransactionPageFragmentDoc,
  '\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    trigger\n    full\n    startedAt\n    finishedAt\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n    skippedCount\n    errorCode\n    errorMessage\n  }\n':
    types.SyncRunFieldsFragmentDoc,
  '\n  fragment SyncRunPage on SyncRunConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SyncRunFields\n      }\n    }\n  }\n':
    types.SyncRunPageFragmentDoc,
  '\n  fragment SyncProgressFields on SyncProgress {\n    runId\n    status\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n    chargesPerSecond\n    done\n    errorCode\n    errorMessage\n  }\n':
    types.SyncProgressFieldsFragmentDoc,
  '\n  fragment StatsFields on SyncStats {\n    transactionCount\n    syncCount\n    failedSyncCount\n    lastSyncedAt\n    totals {\n      currency\n      amount\n      count\n    }\n    byCategory {\n      category\n      currency\n      amount\n      count\n    }\n  }\n':
    types.StatsFieldsFragmentDoc,
  '\n  fragment VolumePointFields on VolumePoint {\n    date\n    currency\n    amount\n    count\n  }\n':
    types.VolumePointFieldsFragmentDoc,
  '\n  fragment CategoryRuleFields on CategoryRule {\n    id\n    priority\n    category\n    matchType\n    pattern\n    metadataKey\n  }\n':
    types.CategoryRuleFieldsFragmentDoc,
  '\n  fragment CategoryRuleChangeFields on CategoryRuleChange {\n    recategorizedCount\n    rules {\n      ...CategoryRuleFields\n    }\n  }\n':
    types.CategoryRuleChangeFieldsFragmentDoc,
  '\n  fragment SupportConnectionPage on SupportConnectionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SupportConnectionFields\n      }\n    }\n  }\n':
    types.SupportConnectionPageFragmentDoc,
  '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    actorId\n    actorRole\n    action\n    target\n    at\n    details\n  }\n':
    types.AuditEntryFieldsFragmentDoc,
  '\n  fragment AuditEntryPage on AuditEntryConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AuditEntryFields\n      }\n    }\n  }\n':
    types.AuditEntryPageFragmentDoc,
  '\n  fragment SupportSyncRunPage on SupportSyncRunConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        userId\n        stripeAccountId\n        run {\n          ...SyncRunFields\n        }\n      }\n    }\n  }\n':
    types.SupportSyncRunPageFragmentDoc,
  '\n  fragment PayoutFields on StripePayout {\n    id\n    stripePayoutId\n    amount\n    currency\n    status\n    arrivalDate\n    createdAt\n    entryCount\n    gross\n    fees\n    net\n    reconciled\n    difference\n  }\n':
    types.PayoutFieldsFragmentDoc,
  '\n  fragment PayoutPage on StripePayoutConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...PayoutFields\n      }\n    }\n  }\n':
    types.PayoutPageFragmentDoc,
  '\n  fragment BalanceEntryFields on StripeBalanceEntry {\n    id\n    stripeBalanceTransactionId\n    type\n    reportingCategory\n    category\n    amount\n    fee\n    net\n    currency\n    sourceId\n    chargeId\n    createdAt\n  }\n':
    types.BalanceEntryFieldsFragmentDoc,
  '\n  fragment BalanceEntryPage on StripeBalanceEntryConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...BalanceEntryFields\n      }\n    }\n  }\n':
    types.BalanceEntryPageFragmentDoc,
  '\n  fragment SettlementFields on SettlementTotals {\n    currency\n    charges\n    refunds\n    disputes\n    fees\n    other\n    net\n    paidOut\n  }\n':
    types.SettlementFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Payouts($first: Int, $after: String) {\n    stripePayouts(first: $first, after: $after) {\n      ...PayoutPage\n    }\n  }\n',
): (typeof documents)['\n  query Payouts($first: Int, $after: String) {\n    stripePayouts(first: $first, after: $after) {\n      ...PayoutPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportPayouts($userId: String!, $first: Int, $after: String) {\n    supportPayouts(userId: $userId, first: $first, after: $after) {\n      ...PayoutPage\n    }\n  }\n',
): (typeof documents)['\n  query SupportPayouts($userId: String!, $first: Int, $after: String) {\n    supportPayouts(userId: $userId, first: $first, after: $after) {\n      ...PayoutPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PayoutEntries($payoutId: String!, $first: Int, $after: String) {\n    stripeBalanceEntries(first: $first, after: $after, filter: { payoutId: $payoutId }) {\n      ...BalanceEntryPage\n    }\n  }\n',
): (typeof documents)['\n  query PayoutEntries($payoutId: String!, $first: Int, $after: String) {\n    stripeBalanceEntries(first: $first, after: $after, filter: { payoutId: $payoutId }) {\n      ...BalanceEntryPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportPayoutEntries($userId: String!, $payoutId: String!, $first: Int, $after: String) {\n    supportBalanceEntries(\n      userId: $userId\n      first: $first\n      after: $after\n      filter: { payoutId: $payoutId }\n    ) {\n      ...BalanceEntryPage\n    }\n  }\n',
): (typeof documents)['\n  query SupportPayoutEntries($userId: String!, $payoutId: String!, $first: Int, $after: String) {\n    supportBalanceEntries(\n      userId: $userId\n      first: $first\n      after: $after\n      filter: { payoutId: $payoutId }\n    ) {\n      ...BalanceEntryPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Settlement($from: DateTime, $to: DateTime) {\n    stripeSettlement(from: $from, to: $to) {\n      ...SettlementFields\n    }\n  }\n',
): (typeof documents)['\n  query Settlement($from: DateTime, $to: DateTime) {\n    stripeSettlement(from: $from, to: $to) {\n      ...SettlementFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportSettlement($userId: String!, $from: DateTime, $to: DateTime) {\n    supportSettlement(userId: $userId, from: $from, to: $to) {\n      ...SettlementFields\n    }\n  }\n',
): (typeof documents)['\n  query SupportSettlement($userId: String!, $from: DateTime, $to: DateTime) {\n    supportSettlement(userId: $userId, from: $from, to: $to) {\n      ...SettlementFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription PayoutChanged {\n    stripePayoutChanged {\n      ...PayoutFields\n    }\n  }\n',
): (typeof documents)['\n  subscription PayoutChanged {\n    stripePayoutChanged {\n      ...PayoutFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Connection {\n    stripeConnection {\n      ...ConnectionFields\n    }\n  }\n',
): (typeof documents)['\n  query Connection {\n    stripeConnection {\n      ...ConnectionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteConnection($code: String!, $state: String!) {\n    completeStripeConnection(code: $code, state: $state) {\n      ...ConnectionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteConnection($code: String!, $state: String!) {\n    completeStripeConnection(code: $code, state: $state) {\n      ...ConnectionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Disconnect {\n    disconnectStripe {\n      ...ConnectionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Disconnect {\n    disconnectStripe {\n      ...ConnectionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TestConnection {\n    testStripeConnection {\n      outcome\n      message\n      stripeAccountId\n    }\n  }\n',
): (typeof documents)['\n  mutation TestConnection {\n    testStripeConnection {\n      outcome\n      message\n      stripeAccountId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportConnection($userId: String!) {\n    supportConnection(userId: $userId) {\n      ...SupportConnectionFields\n    }\n  }\n',
): (typeof documents)['\n  query SupportConnection($userId: String!) {\n    supportConnection(userId: $userId) {\n      ...SupportConnectionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CategoryLearningFields on CategoryLearning {\n    enabled\n    corrections\n    categorizedCount\n    threshold\n  }\n',
): (typeof documents)['\n  fragment CategoryLearningFields on CategoryLearning {\n    enabled\n    corrections\n    categorizedCount\n    threshold\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CategoryLearning {\n    categoryLearning {\n      ...CategoryLearningFields\n    }\n  }\n',
): (typeof documents)['\n  query CategoryLearning {\n    categoryLearning {\n      ...CategoryLearningFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportCategoryLearning($userId: String!) {\n    supportCategoryLearning(userId: $userId) {\n      ...CategoryLearningFields\n    }\n  }\n',
): (typeof documents)['\n  query SupportCategoryLearning($userId: String!) {\n    supportCategoryLearning(userId: $userId) {\n      ...CategoryLearningFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCategoryLearning($enabled: Boolean!) {\n    setCategoryLearning(enabled: $enabled) {\n      ...CategoryLearningFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCategoryLearning($enabled: Boolean!) {\n    setCategoryLearning(enabled: $enabled) {\n      ...CategoryLearningFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CategoryRules {\n    categoryRules {\n      ...CategoryRuleFields\n    }\n  }\n',
): (typeof documents)['\n  query CategoryRules {\n    categoryRules {\n      ...CategoryRuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportCategoryRules($userId: String!) {\n    supportCategoryRules(userId: $userId) {\n      ...CategoryRuleFields\n    }\n  }\n',
): (typeof documents)['\n  query SupportCategoryRules($userId: String!) {\n    supportCategoryRules(userId: $userId) {\n      ...CategoryRuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCategoryRule($input: CategoryRuleInput!) {\n    createCategoryRule(input: $input) {\n      ...CategoryRuleChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCategoryRule($input: CategoryRuleInput!) {\n    createCategoryRule(input: $input) {\n      ...CategoryRuleChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCategoryRule($id: ID!, $input: CategoryRuleInput!) {\n    updateCategoryRule(id: $id, input: $input) {\n      ...CategoryRuleChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCategoryRule($id: ID!, $input: CategoryRuleInput!) {\n    updateCategoryRule(id: $id, input: $input) {\n      ...CategoryRuleChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteCategoryRule($id: ID!) {\n    deleteCategoryRule(id: $id) {\n      ...CategoryRuleChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteCategoryRule($id: ID!) {\n    deleteCategoryRule(id: $id) {\n      ...CategoryRuleChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReorderCategoryRules($ids: [ID!]!) {\n    reorderCategoryRules(ids: $ids) {\n      ...CategoryRuleChangeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReorderCategoryRules($ids: [ID!]!) {\n    reorderCategoryRules(ids: $ids) {\n      ...CategoryRuleChangeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Stats($days: Int) {\n    stripeSyncStats {\n      ...StatsFields\n    }\n    stripeVolumeSeries(days: $days) {\n      ...VolumePointFields\n    }\n  }\n',
): (typeof documents)['\n  query Stats($days: Int) {\n    stripeSyncStats {\n      ...StatsFields\n    }\n    stripeVolumeSeries(days: $days) {\n      ...VolumePointFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportStats($userId: String!, $days: Int) {\n    supportSyncStats(userId: $userId) {\n      ...StatsFields\n    }\n    supportVolumeSeries(userId: $userId, days: $days) {\n      ...VolumePointFields\n    }\n  }\n',
): (typeof documents)['\n  query SupportStats($userId: String!, $days: Int) {\n    supportSyncStats(userId: $userId) {\n      ...StatsFields\n    }\n    supportVolumeSeries(userId: $userId, days: $days) {\n      ...VolumePointFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartSync($full: Boolean) {\n    syncStripeTransactions(full: $full) {\n      ...SyncRunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartSync($full: Boolean) {\n    syncStripeTransactions(full: $full) {\n      ...SyncRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SupportSyncNow($userId: String!, $full: Boolean) {\n    supportSyncConnection(userId: $userId, full: $full) {\n      ...SyncRunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SupportSyncNow($userId: String!, $full: Boolean) {\n    supportSyncConnection(userId: $userId, full: $full) {\n      ...SyncRunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription SyncProgress($runId: ID) {\n    stripeSyncProgress(runId: $runId) {\n      ...SyncProgressFields\n    }\n  }\n',
): (typeof documents)['\n  subscription SyncProgress($runId: ID) {\n    stripeSyncProgress(runId: $runId) {\n      ...SyncProgressFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription SupportSyncProgress {\n    supportSyncProgress {\n      ...SyncProgressFields\n    }\n  }\n',
): (typeof documents)['\n  subscription SupportSyncProgress {\n    supportSyncProgress {\n      ...SyncProgressFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SyncHistory($first: Int, $after: String) {\n    stripeSyncHistory(first: $first, after: $after) {\n      ...SyncRunPage\n    }\n  }\n',
): (typeof documents)['\n  query SyncHistory($first: Int, $after: String) {\n    stripeSyncHistory(first: $first, after: $after) {\n      ...SyncRunPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportSyncHistory($userId: String!, $first: Int, $after: String) {\n    supportSyncHistory(userId: $userId, first: $first, after: $after) {\n      ...SyncRunPage\n    }\n  }\n',
): (typeof documents)['\n  query SupportSyncHistory($userId: String!, $first: Int, $after: String) {\n    supportSyncHistory(userId: $userId, first: $first, after: $after) {\n      ...SyncRunPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Transactions($first: Int, $after: String, $filter: TransactionFilter) {\n    stripeTransactions(first: $first, after: $after, filter: $filter) {\n      ...TransactionPage\n    }\n  }\n',
): (typeof documents)['\n  query Transactions($first: Int, $after: String, $filter: TransactionFilter) {\n    stripeTransactions(first: $first, after: $after, filter: $filter) {\n      ...TransactionPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportTransactions(\n    $userId: String!\n    $first: Int\n    $after: String\n    $filter: TransactionFilter\n  ) {\n    supportTransactions(userId: $userId, first: $first, after: $after, filter: $filter) {\n      ...TransactionPage\n    }\n  }\n',
): (typeof documents)['\n  query SupportTransactions(\n    $userId: String!\n    $first: Int\n    $after: String\n    $filter: TransactionFilter\n  ) {\n    supportTransactions(userId: $userId, first: $first, after: $after, filter: $filter) {\n      ...TransactionPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCategory($id: ID!, $category: String!) {\n    setTransactionCategory(id: $id, category: $category) {\n      ...TransactionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCategory($id: ID!, $category: String!) {\n    setTransactionCategory(id: $id, category: $category) {\n      ...TransactionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription TransactionChanged {\n    stripeTransactionChanged {\n      ...TransactionFields\n    }\n  }\n',
): (typeof documents)['\n  subscription TransactionChanged {\n    stripeTransactionChanged {\n      ...TransactionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportParkedWebhookEvents($userId: String!) {\n    supportParkedWebhookEvents(userId: $userId) {\n      eventId\n      type\n      receivedAt\n      parkedAt\n      attempts\n      lastError\n    }\n  }\n',
): (typeof documents)['\n  query SupportParkedWebhookEvents($userId: String!) {\n    supportParkedWebhookEvents(userId: $userId) {\n      eventId\n      type\n      receivedAt\n      parkedAt\n      attempts\n      lastError\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SupportRetryWebhookEvent($userId: String!, $eventId: String!) {\n    supportRetryWebhookEvent(userId: $userId, eventId: $eventId)\n  }\n',
): (typeof documents)['\n  mutation SupportRetryWebhookEvent($userId: String!, $eventId: String!) {\n    supportRetryWebhookEvent(userId: $userId, eventId: $eventId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportConnections(\n    $first: Int\n    $after: String\n    $search: String\n    $status: ConnectionStatus\n  ) {\n    supportConnections(first: $first, after: $after, search: $search, status: $status) {\n      ...SupportConnectionPage\n    }\n  }\n',
): (typeof documents)['\n  query SupportConnections(\n    $first: Int\n    $after: String\n    $search: String\n    $status: ConnectionStatus\n  ) {\n    supportConnections(first: $first, after: $after, search: $search, status: $status) {\n      ...SupportConnectionPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportAuditLog($userId: String!, $first: Int, $after: String) {\n    supportAuditLog(userId: $userId, first: $first, after: $after) {\n      ...AuditEntryPage\n    }\n  }\n',
): (typeof documents)['\n  query SupportAuditLog($userId: String!, $first: Int, $after: String) {\n    supportAuditLog(userId: $userId, first: $first, after: $after) {\n      ...AuditEntryPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportSyncRuns($status: SyncStatus, $since: DateTime, $first: Int, $after: String) {\n    supportSyncRuns(status: $status, since: $since, first: $first, after: $after) {\n      ...SupportSyncRunPage\n    }\n  }\n',
): (typeof documents)['\n  query SupportSyncRuns($status: SyncStatus, $since: DateTime, $first: Int, $after: String) {\n    supportSyncRuns(status: $status, since: $since, first: $first, after: $after) {\n      ...SupportSyncRunPage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportOverview($days: Int) {\n    supportOverview(days: $days) {\n      syncSuccessRate\n      transactionsSynced\n      errorRate\n      averageSyncSeconds\n      activeConnections\n      series {\n        date\n        succeededRuns\n        failedRuns\n        transactionsSynced\n        errorRate\n      }\n    }\n    supportAlerts {\n      id\n      rule\n      state\n      message\n      target\n      firedAt\n      resolvedAt\n    }\n  }\n',
): (typeof documents)['\n  query SupportOverview($days: Int) {\n    supportOverview(days: $days) {\n      syncSuccessRate\n      transactionsSynced\n      errorRate\n      averageSyncSeconds\n      activeConnections\n      series {\n        date\n        succeededRuns\n        failedRuns\n        transactionsSynced\n        errorRate\n      }\n    }\n    supportAlerts {\n      id\n      rule\n      state\n      message\n      target\n      firedAt\n      resolvedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SyncRunLive on SyncRun {\n    id\n    status\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n  }\n',
): (typeof documents)['\n  fragment SyncRunLive on SyncRun {\n    id\n    status\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConnectionFields on StripeConnection {\n    status\n    stripeAccountId\n    livemode\n    scope\n    connectedAt\n    lastSyncedAt\n    nextSyncAt\n    lastErrorCode\n    lastErrorMessage\n  }\n',
): (typeof documents)['\n  fragment ConnectionFields on StripeConnection {\n    status\n    stripeAccountId\n    livemode\n    scope\n    connectedAt\n    lastSyncedAt\n    nextSyncAt\n    lastErrorCode\n    lastErrorMessage\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SupportConnectionFields on SupportConnection {\n    id\n    userId\n    status\n    stripeAccountId\n    livemode\n    connectedAt\n    lastSyncedAt\n    nextSyncAt\n    lastErrorCode\n    lastErrorMessage\n    lastErrorAt\n  }\n',
): (typeof documents)['\n  fragment SupportConnectionFields on SupportConnection {\n    id\n    userId\n    status\n    stripeAccountId\n    livemode\n    connectedAt\n    lastSyncedAt\n    nextSyncAt\n    lastErrorCode\n    lastErrorMessage\n    lastErrorAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n',
): (typeof documents)['\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TransactionFields on StripeTransaction {\n    id\n    stripeTransactionId\n    amount\n    currency\n    description\n    receiptUrl\n    createdAt\n    category\n    categorySource\n    categoryRuleId\n    suggestion {\n      category\n      confidence\n      reasons\n    }\n    learnedReasons\n    status\n    amountRefunded\n    refunded\n    disputed\n    livemode\n  }\n',
): (typeof documents)['\n  fragment TransactionFields on StripeTransaction {\n    id\n    stripeTransactionId\n    amount\n    currency\n    description\n    receiptUrl\n    createdAt\n    category\n    categorySource\n    categoryRuleId\n    suggestion {\n      category\n      confidence\n      reasons\n    }\n    learnedReasons\n    status\n    amountRefunded\n    refunded\n    disputed\n    livemode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TransactionPage on StripeTransactionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TransactionPage on StripeTransactionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...TransactionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    trigger\n    full\n    startedAt\n    finishedAt\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n    skippedCount\n    errorCode\n    errorMessage\n  }\n',
): (typeof documents)['\n  fragment SyncRunFields on SyncRun {\n    id\n    status\n    trigger\n    full\n    startedAt\n    finishedAt\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n    skippedCount\n    errorCode\n    errorMessage\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SyncRunPage on SyncRunConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SyncRunFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SyncRunPage on SyncRunConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SyncRunFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SyncProgressFields on SyncProgress {\n    runId\n    status\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n    chargesPerSecond\n    done\n    errorCode\n    errorMessage\n  }\n',
): (typeof documents)['\n  fragment SyncProgressFields on SyncProgress {\n    runId\n    status\n    pagesFetched\n    fetchedCount\n    insertedCount\n    updatedCount\n    chargesPerSecond\n    done\n    errorCode\n    errorMessage\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatsFields on SyncStats {\n    transactionCount\n    syncCount\n    failedSyncCount\n    lastSyncedAt\n    totals {\n      currency\n      amount\n      count\n    }\n    byCategory {\n      category\n      currency\n      amount\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment StatsFields on SyncStats {\n    transactionCount\n    syncCount\n    failedSyncCount\n    lastSyncedAt\n    totals {\n      currency\n      amount\n      count\n    }\n    byCategory {\n      category\n      currency\n      amount\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VolumePointFields on VolumePoint {\n    date\n    currency\n    amount\n    count\n  }\n',
): (typeof documents)['\n  fragment VolumePointFields on VolumePoint {\n    date\n    currency\n    amount\n    count\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CategoryRuleFields on CategoryRule {\n    id\n    priority\n    category\n    matchType\n    pattern\n    metadataKey\n  }\n',
): (typeof documents)['\n  fragment CategoryRuleFields on CategoryRule {\n    id\n    priority\n    category\n    matchType\n    pattern\n    metadataKey\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CategoryRuleChangeFields on CategoryRuleChange {\n    recategorizedCount\n    rules {\n      ...CategoryRuleFields\n    }\n  }\n',
): (typeof documents)['\n  fragment CategoryRuleChangeFields on CategoryRuleChange {\n    recategorizedCount\n    rules {\n      ...CategoryRuleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SupportConnectionPage on SupportConnectionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SupportConnectionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SupportConnectionPage on SupportConnectionConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...SupportConnectionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditEntryFields on AuditEntry {\n    id\n    actorId\n    actorRole\n    action\n    target\n    at\n    details\n  }\n',
): (typeof documents)['\n  fragment AuditEntryFields on AuditEntry {\n    id\n    actorId\n    actorRole\n    action\n    target\n    at\n    details\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditEntryPage on AuditEntryConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AuditEntryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AuditEntryPage on AuditEntryConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...AuditEntryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SupportSyncRunPage on SupportSyncRunConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        userId\n        stripeAccountId\n        run {\n          ...SyncRunFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SupportSyncRunPage on SupportSyncRunConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        userId\n        stripeAccountId\n        run {\n          ...SyncRunFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PayoutFields on StripePayout {\n    id\n    stripePayoutId\n    amount\n    currency\n    status\n    arrivalDate\n    createdAt\n    entryCount\n    gross\n    fees\n    net\n    reconciled\n    difference\n  }\n',
): (typeof documents)['\n  fragment PayoutFields on StripePayout {\n    id\n    stripePayoutId\n    amount\n    currency\n    status\n    arrivalDate\n    createdAt\n    entryCount\n    gross\n    fees\n    net\n    reconciled\n    difference\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PayoutPage on StripePayoutConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...PayoutFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PayoutPage on StripePayoutConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...PayoutFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BalanceEntryFields on StripeBalanceEntry {\n    id\n    stripeBalanceTransactionId\n    type\n    reportingCategory\n    category\n    amount\n    fee\n    net\n    currency\n    sourceId\n    chargeId\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment BalanceEntryFields on StripeBalanceEntry {\n    id\n    stripeBalanceTransactionId\n    type\n    reportingCategory\n    category\n    amount\n    fee\n    net\n    currency\n    sourceId\n    chargeId\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BalanceEntryPage on StripeBalanceEntryConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...BalanceEntryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment BalanceEntryPage on StripeBalanceEntryConnection {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    edges {\n      cursor\n      node {\n        ...BalanceEntryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SettlementFields on SettlementTotals {\n    currency\n    charges\n    refunds\n    disputes\n    fees\n    other\n    net\n    paidOut\n  }\n',
): (typeof documents)['\n  fragment SettlementFields on SettlementTotals {\n    currency\n    charges\n    refunds\n    disputes\n    fees\n    other\n    net\n    paidOut\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
