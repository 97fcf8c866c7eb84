import { graphql } from '../../gql/index.js';

export const SupportConnectionsQuery = graphql(`
  query SupportConnections(
    $first: Int
    $after: String
    $search: String
    $status: ConnectionStatus
  ) {
    supportConnections(first: $first, after: $after, search: $search, status: $status) {
      ...SupportConnectionPage
    }
  }
`);

export const SupportAuditLogQuery = graphql(`
  query SupportAuditLog($userId: String!, $first: Int, $after: String) {
    supportAuditLog(userId: $userId, first: $first, after: $after) {
      ...AuditEntryPage
    }
  }
`);

export const SupportSyncRunsQuery = graphql(`
  query SupportSyncRuns($status: SyncStatus, $since: DateTime, $first: Int, $after: String) {
    supportSyncRuns(status: $status, since: $since, first: $first, after: $after) {
      ...SupportSyncRunPage
    }
  }
`);

export const SupportOverviewQuery = graphql(`
  query SupportOverview($days: Int) {
    supportOverview(days: $days) {
      syncSuccessRate
      transactionsSynced
      errorRate
      averageSyncSeconds
      activeConnections
      series {
        date
        succeededRuns
        failedRuns
        transactionsSynced
        errorRate
      }
    }
    supportAlerts {
      id
      rule
      state
      message
      target
      firedAt
      resolvedAt
    }
  }
`);
