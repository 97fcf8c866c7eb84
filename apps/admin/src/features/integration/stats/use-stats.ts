import { useQuery } from 'urql';
import type { StatsFieldsFragment, VolumePointFieldsFragment } from '../../../gql/graphql.js';
import { supportUserId, type DataSource } from '../source.js';
import { StatsQuery, SupportStatsQuery } from './stats.documents.js';

/** The window of the volume chart, in days. */
export const VOLUME_DAYS = 30;

/** Statistics and the volume series of the user the source names. */
export function useStats(source: DataSource) {
  const [own, refetchOwn] = useQuery({
    query: StatsQuery,
    variables: { days: VOLUME_DAYS },
    pause: source.kind !== 'user',
  });
  const [other, refetchOther] = useQuery({
    query: SupportStatsQuery,
    variables: { userId: supportUserId(source), days: VOLUME_DAYS },
    pause: source.kind !== 'support',
  });
  const isUser = source.kind === 'user';
  const state = isUser ? own : other;
  const stats: StatsFieldsFragment | undefined = isUser
    ? own.data?.stripeSyncStats
    : other.data?.supportSyncStats;
  const series: VolumePointFieldsFragment[] | undefined = isUser
    ? own.data?.stripeVolumeSeries
    : other.data?.supportVolumeSeries;
  const refetch = () => (isUser ? refetchOwn : refetchOther)({ requestPolicy: 'network-only' });
  return { stats, series, fetching: state.fetching, error: state.error, refetch };
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
