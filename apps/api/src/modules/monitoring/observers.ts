import type { ApolloServerPlugin } from '@apollo/server';
import type { RefreshObserver } from '../stripe/connected-accounts.js';
import type { SyncObserver } from '../sync/sync-observer.js';
import type { StripeResponseListener } from '../stripe/stripe-clients.js';
import type { Metrics } from './metrics.js';

/** Sync runs, their duration and the transactions they wrote. */
export function syncMetrics(metrics: Metrics): SyncObserver {
  return {
    runFinished({ trigger, outcome, durationMs, progress }) {
      metrics.syncRuns.inc({ trigger, outcome });
      metrics.syncDuration.observe({ trigger, outcome }, durationMs / 1000);
      metrics.transactionsSynced.inc({ operation: 'inserted' }, progress.insertedCount);
      metrics.transactionsSynced.inc({ operation: 'updated' }, progress.updatedCount);
    },
  };
}

/** Every Stripe answer by status; 429s also on their own. */
export function stripeMetrics(metrics: Metrics): StripeResponseListener {
  return ({ status }) => {
    metrics.stripeRequests.inc({ status: String(status) });
    if (status === 429) metrics.stripeRateLimited.inc();
  };
}

export function refreshMetrics(
  metrics: Metrics,
  onFailure: (connectionId: string) => void,
): RefreshObserver {
  return {
    refreshed() {},
    refreshFailed(connectionId) {
      metrics.tokenRefreshFailures.inc();
      onFailure(connectionId);
    },
  };
}

/** GraphQL operation duration by operation name and outcome. */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ operationName, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const outcome = errors === undefined || errors.length === 0 ? 'ok' : 'error';
          metrics.graphqlDuration.observe(
            { operation: operationName ?? 'anonymous', outcome },
            seconds,
          );
          return Promise.resolve();
        },
      });
    },
  };
}
