import {
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from './args.js';

/** The work units the cost model counts; a plain field is one. */
export const WORK = {
  field: 1,
  /** One indexed read or write of the caller's rows. */
  database: 10,
  /** A scan-and-group over the caller's transactions or every user's runs. */
  aggregate: 100,
  /** A request to Stripe (OAuth, deauthorize, a test read). */
  stripe: 200,
} as const;

/**
 * What each root field costs before its selections: every root field reads the database or
 * Stripe. The one table of numbers; a test checks that every root field of the schema has one.
 */
export const ROOT_FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.categoryRules': WORK.database,
  'Query.categoryLearning': 2 * WORK.database + WORK.aggregate,
  'Query.supportCategoryLearning': 3 * WORK.database + WORK.aggregate,
  'Query.stripeBalanceEntries': 2 * WORK.database,
  'Query.stripePayouts': 3 * WORK.database,
  'Query.stripeSettlement': WORK.aggregate,
  'Query.supportBalanceEntries': 3 * WORK.database,
  'Query.supportPayouts': 4 * WORK.database,
  'Query.supportSettlement': WORK.aggregate + 2 * WORK.database,
  'Query.stripeAuthorizeUrl': WORK.database,
  'Query.stripeConnection': WORK.database,
  'Query.stripeSyncHistory': 2 * WORK.database,
  'Query.stripeSyncStats': 4 * WORK.aggregate,
  'Query.stripeTransactions': 2 * WORK.database,
  'Query.stripeVolumeSeries': WORK.aggregate,
  'Query.supportAlerts': WORK.database,
  'Query.supportAuditLog': 2 * WORK.database,
  'Query.supportCategoryRules': 2 * WORK.database,
  'Query.supportConnection': 2 * WORK.database,
  'Query.supportConnections': 2 * WORK.aggregate,
  'Query.supportOverview': 3 * WORK.aggregate,
  'Query.supportParkedWebhookEvents': 2 * WORK.database,
  'Query.supportSyncHistory': 3 * WORK.database,
  'Query.supportSyncRuns': 2 * WORK.aggregate,
  'Query.supportSyncStats': 4 * WORK.aggregate + 2 * WORK.database,
  'Query.supportTransactions': 3 * WORK.database,
  'Query.supportVolumeSeries': WORK.aggregate + 2 * WORK.database,
  'Mutation.completeStripeConnection': WORK.stripe + WORK.database,
  'Mutation.createCategoryRule': WORK.aggregate,
  'Mutation.deleteCategoryRule': WORK.aggregate,
  'Mutation.disconnectStripe': WORK.stripe + WORK.database,
  'Mutation.reorderCategoryRules': WORK.aggregate,
  // Records and learns the correction at once; the re-categorization runs in the background.
  'Mutation.setTransactionCategory': 5 * WORK.database,
  'Mutation.setCategoryLearning': 3 * WORK.database + WORK.aggregate,
  'Mutation.rebuildCategoryModel': 2 * WORK.aggregate,
  'Mutation.supportRetryWebhookEvent': WORK.stripe + 2 * WORK.database,
  'Mutation.supportSyncConnection': WORK.stripe + 2 * WORK.database,
  'Mutation.syncStripeTransactions': WORK.stripe + WORK.database,
  'Mutation.testStripeConnection': WORK.stripe + WORK.database,
  'Mutation.updateCategoryRule': WORK.aggregate,
  // Per event: the changed row or run is read again for each subscriber.
  'Subscription.stripeSyncProgress': WORK.database,
  'Subscription.stripeTransactionChanged': WORK.database,
  'Subscription.stripePayoutChanged': WORK.database,
  'Subscription.supportSyncProgress': WORK.database,
};

// Larger values are refused by the argument checks, with a clearer message than the cost's.
const LARGEST_SERIES_DAYS = 366;

/** How many items a list field may return: its `first`, or its `days` for daily series. */
function listSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const first = args['first'];
  if (typeof first === 'number') return Math.min(Math.max(first, 1), MAX_PAGE_SIZE);
  const days = isListType(getNullableType(field.type)) ? args['days'] : undefined;
  if (typeof days === 'number') return Math.min(Math.max(days, 1), LARGEST_SERIES_DAYS);
  return 1;
}

/** Own cost plus the selections, multiplied by the page size; aliases add up. */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  (ROOT_FIELD_COSTS[`${type.name}.${field.name}`] ?? WORK.field) +
  childComplexity * listSize(field, args);

/**
 * The estimated cost of the operation `operationName` of `document` with `variables`. Throws
 * the GraphQLError of invalid variables (the caller answers it as a client mistake).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [estimator],
  });
}
