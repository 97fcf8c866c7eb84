import { lazy, Suspense } from 'react';
import { useQuery } from 'urql';
import { ErrorBoundary } from '../../ui/ErrorBoundary.js';
import { formatCount, formatDateTime, formatPercent } from '../../ui/format.js';
import { EmptyState, Loading, PendingQuery } from '../../ui/States.js';
import { StatusBadge } from '../../ui/StatusBadge.js';
import { SupportOverviewQuery } from './support.documents.js';

const OverviewCharts = lazy(() => import('./OverviewCharts.js'));
const DAYS = 14;

/** Sync success rate, transactions synced and the error rate over time, with alerts. */
export function OverviewPage() {
  const [{ data, ...status }, refetch] = useQuery({
    query: SupportOverviewQuery,
    variables: { days: DAYS },
  });
  const overview = data?.supportOverview;

  return (
    <>
      <h1>Overview</h1>
      <PendingQuery
        status={status}
        loaded={Boolean(data)}
        errorTitle="The overview could not be loaded."
        loadingLabel="Loading the overview…"
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
      {overview && data && (
        <>
          <section className="card" aria-labelledby="overview-heading">
            <h2 id="overview-heading">Last {DAYS} days</h2>
            <ul className="tiles" aria-label="Key figures">
              <li className="tile">
                <span className="tile-label">Sync success rate</span>
                <span className="tile-value">{formatPercent(overview.syncSuccessRate)}</span>
              </li>
              <li className="tile">
                <span className="tile-label">Transactions synced</span>
                <span className="tile-value">{formatCount(overview.transactionsSynced)}</span>
              </li>
              <li className="tile">
                <span className="tile-label">Error rate</span>
                <span className="tile-value">{formatPercent(overview.errorRate)}</span>
              </li>
              <li className="tile">
                <span className="tile-label">Average sync time</span>
                <span className="tile-value">
                  {overview.averageSyncSeconds === null
                    ? '—'
                    : `${overview.averageSyncSeconds.toFixed(1)} s`}
                </span>
              </li>
              <li className="tile">
                <span className="tile-label">Active connections</span>
                <span className="tile-value">{formatCount(overview.activeConnections)}</span>
              </li>
            </ul>
            {overview.series.length === 0 ? (
              <EmptyState title="No sync ran in this window." />
            ) : (
              <ErrorBoundary fallback={<p className="state">The charts could not be shown.</p>}>
                <Suspense fallback={<Loading label="Loading charts…" />}>
                  <OverviewCharts series={overview.series} />
                </Suspense>
              </ErrorBoundary>
            )}
          </section>
          <section className="card" aria-labelledby="alerts-heading">
            <h2 id="alerts-heading">Alerts</h2>
            {data.supportAlerts.length === 0 ? (
              <EmptyState title="No alert is firing." />
            ) : (
              <ul className="alerts">
                {data.supportAlerts.map((alert) => (
                  <li key={alert.id} className="alert">
                    <StatusBadge status={alert.state} />
                    <span>
                      <strong>{alert.rule}</strong>: {alert.message}
                      {alert.target && (
                        <>
                          {' '}
                          · <span className="mono">{alert.target}</span>
                        </>
                      )}
                    </span>
                    <small>since {formatDateTime(alert.firedAt)}</small>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
