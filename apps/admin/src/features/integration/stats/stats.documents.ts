import { graphql } from '../../../gql/index.js';

export const StatsQuery = graphql(`
  query Stats($days: Int) {
    stripeSyncStats {
      ...StatsFields
    }
    stripeVolumeSeries(days: $days) {
      ...VolumePointFields
    }
  }
`);

export const SupportStatsQuery = graphql(`
  query SupportStats($userId: String!, $days: Int) {
    supportSyncStats(userId: $userId) {
      ...StatsFields
    }
    supportVolumeSeries(userId: $userId, days: $days) {
      ...VolumePointFields
    }
  }
`);
