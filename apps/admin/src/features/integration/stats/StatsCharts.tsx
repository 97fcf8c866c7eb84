import { useId, useState } from 'react';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { StatsFieldsFragment, VolumePointFieldsFragment } from '../../../gql/graphql.js';
import { ChartFrame } from '../../../ui/ChartFrame.js';
import { formatCount, formatDay, formatMoney } from '../../../ui/format.js';
import { categoryBars, mainCurrency, volumeLine } from './chart-data.js';

/** Amounts by category and synced volume over time, one currency at a time. Lazy-loaded. */
export default function StatsCharts({
  stats,
  series,
  days,
}: {
  stats: StatsFieldsFragment;
  series: VolumePointFieldsFragment[];
  days: number;
}) {
  const currencies = stats.totals.map((total) => total.currency);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const currency = picked && currencies.includes(picked) ? picked : mainCurrency(stats);
  const pickerId = useId();
  if (currency === undefined) return null;
  const bars = categoryBars(stats, currency);
  const line = volumeLine(series, currency);

  return (
    <div className="charts">
      {currencies.length > 1 && (
        <div className="field field-inline">
          <label htmlFor={pickerId}>Chart currency</label>
          <select
            id={pickerId}
            value={currency}
            onChange={(event) => setPicked(event.target.value)}
          >
            {currencies.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </div>
      )}
      <ChartFrame
        caption={`Amount by category (${currency})`}
        headers={['Category', 'Amount', 'Transactions']}
        rows={bars.map((bar) => [
          bar.category,
          formatMoney(bar.label, currency),
          formatCount(bar.count),
        ])}
      >
        <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 36 + 40)}>
          <BarChart
            accessibilityLayer={false}
            data={bars}
            layout="vertical"
            margin={{ left: 8, right: 16 }}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={(value: number) => formatCount(value)} />
            <YAxis type="category" dataKey="category" width={140} />
            <Tooltip formatter={(value) => formatMoney(String(value), currency)} />
            <Bar
              isAnimationActive={false}
              dataKey="amount"
              name="Amount"
              fill="var(--chart-1)"
              radius={[0, 4, 4, 0]}
            />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame
        caption={`Synced volume per day, last ${days} days (${currency})`}
        headers={['Day', 'Amount', 'Transactions']}
        rows={line.map((point) => [
          formatDay(point.date),
          formatMoney(point.label, currency),
          formatCount(point.count),
        ])}
      >
        <ResponsiveContainer width="100%" height={220}>
          <AreaChart accessibilityLayer={false} data={line} margin={{ left: 8, right: 16 }}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={(day: string) => formatDay(day)} minTickGap={24} />
            <YAxis tickFormatter={(value: number) => formatCount(value)} width={64} />
            <Tooltip
              labelFormatter={(day) => (typeof day === 'string' ? formatDay(day) : '')}
              formatter={(value) => formatMoney(String(value), currency)}
            />
            <Area
              isAnimationActive={false}
              type="monotone"
              dataKey="amount"
              name="Amount"
              stroke="var(--chart-1)"
              fill="var(--chart-1-soft)"
            />
          </AreaChart>
        </ResponsiveContainer>
      </ChartFrame>
    </div>
  );
}
