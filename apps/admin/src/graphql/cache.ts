import type { Cache, CacheExchangeOpts, Data } from '@urql/exchange-graphcache';
import { graphql } from '../gql/index.js';
import type { SyncProgressFieldsFragment } from '../gql/graphql.js';

const SyncRunLive = graphql(`
  fragment SyncRunLive on SyncRun {
    id
    status
    pagesFetched
    fetchedCount
    insertedCount
    updatedCount
  }
`);

const embedded = () => null;

// Types without an id live inside their parent; StripeConnection is the caller's only one.
const keys: NonNullable<CacheExchangeOpts['keys']> = {
  StripeConnection: () => 'current',
  PageInfo: embedded,
  StripeTransactionEdge: embedded,
  StripeTransactionConnection: embedded,
  StripePayoutEdge: embedded,
  StripePayoutConnection: embedded,
  StripeBalanceEntryEdge: embedded,
  StripeBalanceEntryConnection: embedded,
  SettlementTotals: embedded,
  SyncRunEdge: embedded,
  SyncRunConnection: embedded,
  SyncProgress: embedded,
  CurrencyTotal: embedded,
  CategoryTotal: embedded,
  SyncStats: embedded,
  VolumePoint: embedded,
  CategoryRuleChange: embedded,
  ConnectionTestResult: embedded,
  SupportConnectionEdge: embedded,
  SupportConnectionConnection: embedded,
  SupportSyncRun: embedded,
  SupportSyncRunEdge: embedded,
  SupportSyncRunConnection: embedded,
  AuditEntryEdge: embedded,
  AuditEntryConnection: embedded,
  OverviewPoint: embedded,
  SupportOverview: embedded,
  CategoryLearning: embedded,
  CategorySuggestion: embedded,
};

/** Drops every cached variant (all arguments) of the named Query fields, so they refetch. */
export function invalidateQueryFields(cache: Cache, names: readonly string[]): void {
  for (const field of cache.inspectFields('Query')) {
    if (names.includes(field.fieldName)) {
      cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
    }
  }
}

// What a sync or a webhook may add to the books besides charges.
const USER_BOOKS = ['stripePayouts', 'stripeBalanceEntries', 'stripeSettlement'];
const USER_AFTER_SYNC = [
  'stripeConnection',
  'stripeSyncHistory',
  'stripeSyncStats',
  'stripeVolumeSeries',
  'stripeTransactions',
  ...USER_BOOKS,
];
const SUPPORT_AFTER_SYNC = [
  'supportConnection',
  'supportConnections',
  'supportSyncHistory',
  'supportSyncStats',
  'supportVolumeSeries',
  'supportTransactions',
  'supportSyncRuns',
  'supportOverview',
  'supportPayouts',
  'supportBalanceEntries',
  'supportSettlement',
];
const AFTER_RULES = ['categoryRules', 'stripeTransactions', 'stripeSyncStats'];
const AFTER_TRANSACTION_CHANGE = [
  'stripeSyncStats',
  'stripeVolumeSeries',
  'stripeTransactions',
  ...USER_BOOKS,
];
const RUN_LISTS = ['stripeSyncHistory', 'supportSyncHistory', 'supportSyncRuns'];

/** What an import changes as it goes: the statistics and lists follow it while it runs. */
const DURING_SYNC = [
  'stripeSyncStats',
  'stripeVolumeSeries',
  'stripeTransactions',
  'supportSyncStats',
  'supportVolumeSeries',
  'supportTransactions',
];
/** How often those are read again while a run brings new charges in. */
export const LIVE_REFRESH_MS = 2_000;
const refreshedAt = new Map<string, number>();

/** Whether a run's new charges are due to be shown (at most once per LIVE_REFRESH_MS). */
function liveRefreshDue(runId: string, inserted: number, now = Date.now()): boolean {
  if (inserted === 0) return false;
  const last = refreshedAt.get(runId);
  if (last !== undefined && now - last < LIVE_REFRESH_MS) return false;
  refreshedAt.set(runId, now);
  if (refreshedAt.size > 100) refreshedAt.delete(refreshedAt.keys().next().value ?? runId);
  return true;
}

// A progress event moves the matching run in every list that shows it; a run not seen
// before (started elsewhere) makes those lists stale, new charges the statistics and lists
// (every LIVE_REFRESH_MS at most), and the end of a run whatever it changed.
function progressUpdater(field: string, afterDone: readonly string[]) {
  return (result: Data, _args: unknown, cache: Cache) => {
    const progress = result[field] as SyncProgressFieldsFragment | null | undefined;
    if (!progress) return;
    const { runId: id, status, pagesFetched, fetchedCount, insertedCount, updatedCount } = progress;
    const live = { __typename: 'SyncRun' as const, id, status };
    const seen = Boolean(cache.resolve(live, 'status'));
    cache.writeFragment(SyncRunLive, {
      ...live,
      pagesFetched,
      fetchedCount,
      insertedCount,
      updatedCount,
    });
    if (progress.done) {
      refreshedAt.delete(id);
      invalidateQueryFields(cache, afterDone);
      return;
    }
    if (!seen) invalidateQueryFields(cache, RUN_LISTS);
    if (liveRefreshDue(id, insertedCount)) invalidateQueryFields(cache, DURING_SYNC);
  };
}

function invalidating(names: readonly string[]) {
  return (_result: Data, _args: unknown, cache: Cache) => invalidateQueryFields(cache, names);
}

/** Normalized caching for the integration's schema. */
export const cacheOptions: CacheExchangeOpts = {
  keys,
  updates: {
    Mutation: {
      setTransactionCategory: invalidating([
        'stripeSyncStats',
        'stripeTransactions',
        'categoryLearning',
      ]),
      setCategoryLearning: invalidating(['categoryLearning', 'stripeTransactions']),
      createCategoryRule: invalidating(AFTER_RULES),
      updateCategoryRule: invalidating(AFTER_RULES),
      deleteCategoryRule: invalidating(AFTER_RULES),
      reorderCategoryRules: invalidating(AFTER_RULES),
      syncStripeTransactions: invalidating(['stripeSyncHistory']),
      completeStripeConnection: invalidating(USER_AFTER_SYNC),
      supportSyncConnection: invalidating([
        'supportSyncHistory',
        'supportSyncRuns',
        'supportAuditLog',
      ]),
    },
    Subscription: {
      // Support follows a user's run by id through this field too; whichever fields this
      // client has cached are the stale ones.
      stripeSyncProgress: progressUpdater('stripeSyncProgress', [
        ...USER_AFTER_SYNC,
        ...SUPPORT_AFTER_SYNC,
      ]),
      supportSyncProgress: progressUpdater('supportSyncProgress', SUPPORT_AFTER_SYNC),
      // The changed transaction updates itself (normalized); the totals and lists move too.
      stripeTransactionChanged: invalidating(AFTER_TRANSACTION_CHANGE),
      // A new payout belongs in the lists; a changed one updates itself and the totals move.
      stripePayoutChanged: invalidating(USER_BOOKS),
    },
  },
};
