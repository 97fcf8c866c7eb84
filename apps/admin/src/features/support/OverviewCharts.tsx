import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SupportOverviewQuery } from '../../gql/graphql.js';
import { ChartFrame } from '../../ui/ChartFrame.js';
import { formatCount, formatDay, formatPercent } from '../../ui/format.js';
import { axisWidth } from '../../ui/chart-axis.js';
import { percentAxis } from './percent-axis.js';

type Point = SupportOverviewQuery['supportOverview']['series'][number];

/** Runs per day, transactions synced per day, and the error rate. Lazy-loaded. */
export default function OverviewCharts({ series }: { series: Point[] }) {
  const day = (value: unknown) => formatDay(String(value));
  const errorAxis = percentAxis(Math.max(0, ...series.map((p) => p.errorRate)));
  return (
    <div className="charts charts-grid">
      <ChartFrame
        caption="Sync runs per day"
        headers={['Day', 'Succeeded', 'Failed']}
        rows={series.map((p) => [
          formatDay(p.date),
          formatCount(p.succeededRuns),
          formatCount(p.failedRuns),
        ])}
      >
        <ResponsiveContainer width="100%" height={220}>
          <BarChart accessibilityLayer={false} data={series} margin={{ left: 0, right: 8 }}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={day} minTickGap={20} />
            <YAxis
              allowDecimals={false}
              width={axisWidth(
                series.map((p) => p.succeededRuns + p.failedRuns),
                formatCount,
              )}
            />
            <Tooltip labelFormatter={day} />
            <Legend />
            <Bar
              isAnimationActive={false}
              dataKey="succeededRuns"
              name="Succeeded"
              stackId="runs"
              fill="var(--chart-good)"
            />
            <Bar
              isAnimationActive={false}
              dataKey="failedRuns"
              name="Failed"
              stackId="runs"
              fill="var(--chart-bad)"
            />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame
        caption="Transactions synced per day"
        headers={['Day', 'Transactions']}
        rows={series.map((p) => [formatDay(p.date), formatCount(p.transactionsSynced)])}
      >
        <ResponsiveContainer width="100%" height={220}>
          <LineChart accessibilityLayer={false} data={series} margin={{ left: 0, right: 8 }}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={day} minTickGap={20} />
            <YAxis
              width={axisWidth(
                series.map((p) => p.transactionsSynced),
                formatCount,
              )}
              domain={[0, 'auto']}
              tickFormatter={(v: number) => formatCount(v)}
            />
            <Tooltip labelFormatter={day} />
            <Line
              isAnimationActive={false}
              type="monotone"
              dataKey="transactionsSynced"
              name="Transactions"
              stroke="var(--chart-1)"
              dot={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartFrame
        caption="Error rate per day"
        headers={['Day', 'Error rate']}
        rows={series.map((p) => [formatDay(p.date), formatPercent(p.errorRate)])}
      >
        <ResponsiveContainer width="100%" height={220}>
          <LineChart accessibilityLayer={false} data={series} margin={{ left: 0, right: 8 }}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis dataKey="date" tickFormatter={day} minTickGap={20} />
            <YAxis
              width={axisWidth(errorAxis.ticks, formatPercent)}
              domain={[0, errorAxis.top]}
              ticks={errorAxis.ticks}
              tickFormatter={(v: number) => formatPercent(v)}
            />
            <Tooltip labelFormatter={day} formatter={(v) => formatPercent(Number(v))} />
            <Line
              isAnimationActive={false}
              type="monotone"
              dataKey="errorRate"
              name="Error rate"
              stroke="var(--chart-bad)"
              dot={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
    </div>
  );
}
