import type { StatsFieldsFragment, VolumePointFieldsFragment } from '../../../gql/graphql.js';

// Amounts stay decimal strings everywhere else; a chart only needs them as plot positions.
const plot = (amount: string): number => Number(amount);

/** Category totals in one currency, largest first. */
export function categoryBars(stats: StatsFieldsFragment, currency: string) {
  return stats.byCategory
    .filter((row) => row.currency === currency)
    .map((row) => ({
      category: row.category,
      amount: plot(row.amount),
      label: row.amount,
      count: row.count,
    }))
    .sort((a, b) => b.amount - a.amount);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Daily volume in one currency, with the quiet days between the first and last as zero. */
export function volumeLine(series: VolumePointFieldsFragment[], currency: string) {
  const byDay = new Map(
    series.filter((point) => point.currency === currency).map((point) => [point.date, point]),
  );
  const days = [...byDay.keys()].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return [];
  const points = [];
  for (let day = first; day <= last; day = nextDay(day)) {
    const point = byDay.get(day);
    points.push({
      date: day,
      amount: point ? plot(point.amount) : 0,
      label: point?.amount ?? '0',
      count: point?.count ?? 0,
    });
  }
  return points;
}

/** The currency to chart first: the one with the most transactions. */
export function mainCurrency(stats: StatsFieldsFragment): string | undefined {
  return [...stats.totals].sort((a, b) => b.count - a.count)[0]?.currency;
}
