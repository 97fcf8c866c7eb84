import { graphql } from '../../../gql/index.js';

export const StartSyncMutation = graphql(`
  mutation StartSync($full: Boolean) {
    syncStripeTransactions(full: $full) {
      ...SyncRunFields
    }
  }
`);

export const SupportSyncNowMutation = graphql(`
  mutation SupportSyncNow($userId: String!, $full: Boolean) {
    supportSyncConnection(userId: $userId, full: $full) {
      ...SyncRunFields
    }
  }
`);

export const SyncProgressSubscription = graphql(`
  subscription SyncProgress($runId: ID) {
    stripeSyncProgress(runId: $runId) {
      ...SyncProgressFields
    }
  }
`);

export const SupportSyncProgressSubscription = graphql(`
  subscription SupportSyncProgress {
    supportSyncProgress {
      ...SyncProgressFields
    }
  }
`);

export const SyncHistoryQuery = graphql(`
  query SyncHistory($first: Int, $after: String) {
    stripeSyncHistory(first: $first, after: $after) {
      ...SyncRunPage
    }
  }
`);

export const SupportSyncHistoryQuery = graphql(`
  query SupportSyncHistory($userId: String!, $first: Int, $after: String) {
    supportSyncHistory(userId: $userId, first: $first, after: $after) {
      ...SyncRunPage
    }
  }
`);
