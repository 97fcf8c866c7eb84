import { useId, useState } from 'react';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { StatsFieldsFragment, VolumePointFieldsFragment } from '../../../gql/graphql.js';
import { axisWidth, formatAxisMoney } from '../../../ui/chart-axis.js';
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
  const money = (value: number) => formatAxisMoney(value, currency);
  const volumeAxisWidth = axisWidth(
    line.map((point) => point.amount),
    money,
  );

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
            // The last tick's label is centred on the right edge: leave it room.
            margin={{
              left: 8,
              right: Math.ceil(
                axisWidth(
                  bars.map((bar) => bar.amount),
                  money,
                ) / 2,
              ),
            }}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={money} />
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
          {line.length === 1 ? (
            // One day is a bar with its amount, not a dot floating in an empty chart.
            <BarChart
              accessibilityLayer={false}
              data={line}
              margin={{ left: 8, right: 16, top: 20 }}
            >
              <CartesianGrid vertical={false} strokeDasharray="3 3" />
              <XAxis dataKey="date" tickFormatter={(day: string) => formatDay(day)} />
              <YAxis tickFormatter={money} width={volumeAxisWidth} />
              <Bar
                isAnimationActive={false}
                dataKey="amount"
                name="Amount"
                fill="var(--chart-1)"
                maxBarSize={64}
                radius={[4, 4, 0, 0]}
              >
                <LabelList
                  dataKey="label"
                  position="top"
                  formatter={(label) => formatMoney(String(label), currency)}
                />
              </Bar>
            </BarChart>
          ) : (
            <AreaChart accessibilityLayer={false} data={line} margin={{ left: 8, right: 16 }}>
              <CartesianGrid vertical={false} strokeDasharray="3 3" />
              <XAxis
                dataKey="date"
                tickFormatter={(day: string) => formatDay(day)}
                minTickGap={24}
              />
              <YAxis tickFormatter={money} width={volumeAxisWidth} />
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
          )}
        </ResponsiveContainer>
      </ChartFrame>
    </div>
  );
}
