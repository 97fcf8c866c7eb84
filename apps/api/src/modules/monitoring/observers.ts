import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { RefreshObserver } from '../stripe/connected-accounts.js';
import type { SyncObserver } from '../sync/sync-observer.js';
import type { StripeResponseListener } from '../stripe/stripe-clients.js';
import { OTHER, statusLabel } from './labels.js';
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
    metrics.stripeRequests.inc({ status: statusLabel(status) });
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

const rootFieldsBySchema = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/** Every root field of the schema: queries, mutations and subscriptions. */
function rootFields(schema: GraphQLSchema): ReadonlySet<string> {
  let fields = rootFieldsBySchema.get(schema);
  if (fields === undefined) {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    fields = new Set(roots.flatMap((root) => (root ? Object.keys(root.getFields()) : [])));
    rootFieldsBySchema.set(schema, fields);
  }
  return fields;
}

/**
 * The metrics label of an operation: the schema's root field it starts with, else `other`.
 * The client's operation name never becomes a label, so no caller can create a series.
 */
export function operationLabel(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
): string {
  const first = operation?.selectionSet.selections[0];
  if (first?.kind !== Kind.FIELD) return OTHER;
  return rootFields(schema).has(first.name.value) ? first.name.value : OTHER;
}

/** GraphQL operation duration by root field and outcome. */
export function graphqlMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse({ schema, operation, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const outcome = errors === undefined || errors.length === 0 ? 'ok' : 'error';
          metrics.graphqlDuration.observe(
            { operation: operationLabel(schema, operation), outcome },
            seconds,
          );
          return Promise.resolve();
        },
      });
    },
  };
}
