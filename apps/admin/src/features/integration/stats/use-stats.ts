import type { StatsFieldsFragment } from '../../../gql/graphql.js';
import type { DataSource } from '../source.js';
import { useSourceQuery } from '../use-source-query.js';
import { StatsQuery, SupportStatsQuery } from './stats.documents.js';

/** The window of the volume chart, in days. */
export const VOLUME_DAYS = 30;

/** Statistics and the volume series of the user the source names. */
export function useStats(source: DataSource) {
  const { value, ...state } = useSourceQuery(source, {
    user: {
      query: StatsQuery,
      variables: { days: VOLUME_DAYS },
      pick: (data) => ({ stats: data.stripeSyncStats, series: data.stripeVolumeSeries }),
    },
    support: {
      query: SupportStatsQuery,
      variables: (userId) => ({ userId, days: VOLUME_DAYS }),
      pick: (data) => ({ stats: data.supportSyncStats, series: data.supportVolumeSeries }),
    },
  });
  return { stats: value?.stats, series: value?.series, ...state };
}

/** Categories and currencies seen in the statistics, for filters and pickers. */
export function knownValues(stats: StatsFieldsFragment | undefined) {
  const categories = new Set(stats?.byCategory.map((row) => row.category));
  const currencies = new Set(stats?.totals.map((row) => row.currency));
  return {
    categories: [...categories].sort((a, b) => a.localeCompare(b)),
    currencies: [...currencies].sort(),
  };
}
