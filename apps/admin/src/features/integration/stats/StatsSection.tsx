import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../../../ui/ErrorBoundary.js';
import { formatCount, formatDateTime, formatMoney, formatQuantity } from '../../../ui/format.js';
import { EmptyState, Loading, PendingQuery } from '../../../ui/States.js';
import type { DataSource } from '../source.js';
import { useStats, VOLUME_DAYS } from './use-stats.js';

const StatsCharts = lazy(() => import('./StatsCharts.js'));

// Past this many characters an amount no longer fits one column of tiles on a phone: it takes
// two, since it is never split across lines.
const WIDE_TILE_CHARS = 10;

const tileClass = (value: string): string =>
  value.length > WIDE_TILE_CHARS ? 'tile tile-wide' : 'tile';

/** Totals per currency (never summed across currencies), counts, and the charts. */
export function StatsSection({ source }: { source: DataSource }) {
  const { stats, series, refetch, ...status } = useStats(source);

  return (
    <section className="card" aria-labelledby="stats-heading">
      <h2 id="stats-heading">Statistics</h2>
      <PendingQuery
        status={status}
        loaded={Boolean(stats)}
        errorTitle="The statistics could not be loaded."
        loadingLabel="Loading statistics…"
        onRetry={refetch}
      />
      {stats && (
        <>
          <ul className="tiles" aria-label="Totals">
            <li className="tile">
              <span className="tile-label">Transactions</span>
              <span className="tile-value">{formatCount(stats.transactionCount)}</span>
            </li>
            {stats.totals.map((total) => {
              const amount = formatMoney(total.amount, total.currency);
              return (
                <li className={tileClass(amount)} key={total.currency}>
                  <span className="tile-label">Synced in {total.currency}</span>
                  <span className="tile-value">{amount}</span>
                  <span className="tile-note">{formatQuantity(total.count, 'transaction')}</span>
                </li>
              );
            })}
            <li className="tile">
              <span className="tile-label">Syncs</span>
              <span className="tile-value">{formatCount(stats.syncCount)}</span>
              <span className="tile-note">{formatCount(stats.failedSyncCount)} failed</span>
            </li>
            <li className="tile">
              <span className="tile-label">Last synced</span>
              <span className="tile-value tile-value-small">
                {formatDateTime(stats.lastSyncedAt)}
              </span>
            </li>
          </ul>
          {stats.transactionCount === 0 ? (
            <EmptyState title="Nothing to chart yet.">
              <p>Charts appear once transactions are synced.</p>
            </EmptyState>
          ) : (
            <ErrorBoundary fallback={<p className="state">The charts could not be shown.</p>}>
              <Suspense fallback={<Loading label="Loading charts…" />}>
                <StatsCharts stats={stats} series={series ?? []} days={VOLUME_DAYS} />
              </Suspense>
            </ErrorBoundary>
          )}
        </>
      )}
    </section>
  );
}
