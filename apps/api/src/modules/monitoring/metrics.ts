import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { webhookOutcomeLabel, webhookTypeLabel } from './labels.js';

/** A counter of webhook events whose labels are bounded to the handled types and outcomes. */
export interface WebhookEventCounter {
  inc(labels: { type: string; outcome: string }, value?: number): void;
}

/** The API's Prometheus metrics, on a registry of their own (one per instance). */
export class Metrics {
  readonly registry = new Registry();

  readonly syncRuns = new Counter({
    name: 'cora_sync_runs_total',
    help: 'Sync runs by trigger and outcome',
    labelNames: ['trigger', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly syncDuration = new Histogram({
    name: 'cora_sync_duration_seconds',
    help: 'Duration of sync runs',
    labelNames: ['trigger', 'outcome'] as const,
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600],
    registers: [this.registry],
  });

  readonly transactionsSynced = new Counter({
    name: 'cora_transactions_synced_total',
    help: 'Transactions written by syncs and webhooks, by operation',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  readonly stripeRequests = new Counter({
    name: 'cora_stripe_requests_total',
    help: 'Requests to Stripe by HTTP status',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });

  readonly stripeRateLimited = new Counter({
    name: 'cora_stripe_rate_limited_total',
    help: 'Stripe answers with 429',
    registers: [this.registry],
  });

  readonly tokenRefreshFailures = new Counter({
    name: 'cora_token_refresh_failures_total',
    help: 'Failed refreshes of Stripe access tokens',
    registers: [this.registry],
  });

  private readonly webhookEventsCounter = new Counter({
    name: 'cora_webhook_events_total',
    help: 'Webhook events by type (handled types, else other) and outcome',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly webhookEvents: WebhookEventCounter = {
    inc: ({ type, outcome }, value = 1) =>
      this.webhookEventsCounter.inc(
        { type: webhookTypeLabel(type), outcome: webhookOutcomeLabel(outcome) },
        value,
      ),
  };

  readonly graphqlDuration = new Histogram({
    name: 'cora_graphql_operation_duration_seconds',
    help: "GraphQL operations by the schema's root field they start with (else other) and outcome",
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'cora_rate_limited_total',
    help: 'Operations refused with RATE_LIMITED, by transport',
    labelNames: ['transport'] as const,
    registers: [this.registry],
  });

  readonly shed = new Counter({
    name: 'cora_shed_total',
    help: 'Operations refused with SERVICE_UNAVAILABLE because the server was saturated',
    labelNames: ['transport', 'reason'] as const,
    registers: [this.registry],
  });

  readonly activeSubscriptions = new Gauge({
    name: 'cora_active_subscriptions',
    help: 'GraphQL subscriptions open over WebSocket',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'cora_' });
  }
}
