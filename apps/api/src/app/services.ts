import type { Orm } from '@cora/db';
import type { Logger } from 'pino';
import { IdentityVerifier } from '../auth/identity.js';
import type { AppConfig } from '../config/config.js';
import { TokenCipher } from '../security/token-cipher.js';
import { StripeGateway } from '../stripe/gateway.js';
import { createOAuthFlavor, type OAuthFlavor } from '../stripe/oauth.js';
import { RateLimiter } from '../stripe/rate-limiter.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../stripe/retry.js';
import { ConnectionService } from '../modules/stripe-connection/connection.service.js';
import { OAuthStateService } from '../modules/stripe-connection/oauth-state.service.js';
import { StripeAccess } from '../modules/stripe-connection/stripe-access.js';
import { CategoryRuleService } from '../modules/rules/rules.service.js';
import { AuditService } from '../modules/support/audit.service.js';
import { SupportService } from '../modules/support/support.service.js';
import { SyncScheduler } from '../modules/sync/scheduler.js';
import { SyncEngine } from '../modules/sync/sync.engine.js';
import { SyncService } from '../modules/sync/sync.service.js';
import { SyncTrigger } from '@cora/db';
import { createWebhookHandlers } from '../modules/webhooks/handlers.js';
import { WebhookProcessor } from '../modules/webhooks/webhook.processor.js';
import { AlertMonitor } from '../monitoring/alert-monitor.js';
import { Metrics } from '../monitoring/metrics.js';
import { MonitoringService } from '../monitoring/monitoring.service.js';
import { refreshMetrics, stripeMetrics, syncMetrics } from '../monitoring/observers.js';
import { createAppPubSub, type AppPubSub } from './pubsub.js';

const HOUR_MS = 60 * 60 * 1000;

/** Knobs tests and the bench turn; production uses the defaults. */
export interface ServiceOptions {
  retryPolicy?: RetryPolicy;
  schedulerTickMs?: number;
  schedulerConcurrency?: number;
  staleRunAfterMs?: number;
  webhookRetryEveryMs?: number;
  webhookRetryAfterMs?: number;
}

/** The long-lived collaborators of one API instance, wired once. */
export interface Services {
  config: AppConfig;
  logger: Logger;
  orm: Orm;
  identity: IdentityVerifier;
  gateway: StripeGateway;
  oauth: OAuthFlavor;
  access: StripeAccess;
  connections: ConnectionService;
  rules: CategoryRuleService;
  engine: SyncEngine;
  sync: SyncService;
  scheduler: SyncScheduler;
  support: SupportService;
  monitoring: MonitoringService;
  audit: AuditService;
  pubSub: AppPubSub;
  metrics: Metrics;
  webhooks: WebhookProcessor;
  alerts: AlertMonitor;
  /** Starts the background work: scheduled syncs, webhook retries, alert evaluation. */
  start(): void;
  close(): Promise<void>;
}

export function createServices(
  config: AppConfig,
  logger: Logger,
  orm: Orm,
  options: ServiceOptions = {},
): Services {
  const cipher = new TokenCipher(config.encryption.current, config.encryption.previous);
  const metrics = new Metrics();
  const gateway = new StripeGateway(config.stripe, logger);
  gateway.onResponse(stripeMetrics(metrics));
  const oauth = createOAuthFlavor(config.stripe, gateway);
  const limiter = new RateLimiter(config.stripe.rateLimitPerSecond);
  const alerts = new AlertMonitor(orm, limiter, config.alerts, logger);
  const access = new StripeAccess(
    cipher,
    oauth,
    gateway,
    logger,
    refreshMetrics(metrics, (connectionId) => {
      alerts
        .tokenRefreshFailed(connectionId)
        .catch((error: unknown) => logger.error({ err: error }, 'could not fire an alert'));
    }),
  );
  const pubSub = createAppPubSub(config.redisUrl);
  const syncIntervalMs = config.syncIntervalHours * HOUR_MS;
  const connections = new ConnectionService(
    oauth,
    new OAuthStateService(oauth.name),
    cipher,
    access,
    syncIntervalMs,
    logger,
  );
  const rules = new CategoryRuleService();
  const engine = new SyncEngine(
    orm,
    access,
    rules,
    limiter,
    pubSub.pubSub,
    logger,
    { syncIntervalMs, retryPolicy: options.retryPolicy ?? DEFAULT_RETRY_POLICY },
    syncMetrics(metrics),
  );
  const scheduler = new SyncScheduler(orm, engine, logger, {
    tickMs: options.schedulerTickMs ?? 30_000,
    concurrency: options.schedulerConcurrency ?? 2,
    staleAfterMs: options.staleRunAfterMs ?? 10 * 60_000,
  });
  connections.setConnectedHook((connection) =>
    engine.requestSoon(connection.id, SyncTrigger.INITIAL, true),
  );
  const webhooks = new WebhookProcessor(
    orm,
    createWebhookHandlers({
      access,
      rules,
      pubSub: pubSub.pubSub,
      requestSync: (connectionId) => engine.requestSoon(connectionId, SyncTrigger.WEBHOOK, false),
    }),
    metrics,
    logger,
    {
      retryEveryMs: options.webhookRetryEveryMs ?? 30_000,
      retryAfterMs: options.webhookRetryAfterMs ?? 60_000,
    },
  );
  return {
    config,
    metrics,
    webhooks,
    alerts,
    start: () => {
      scheduler.start();
      webhooks.startRetries();
      alerts.start();
    },
    logger,
    orm,
    identity: new IdentityVerifier(config.auth),
    gateway,
    oauth,
    access,
    connections,
    rules,
    engine,
    sync: new SyncService(engine),
    scheduler,
    support: new SupportService(),
    monitoring: new MonitoringService(),
    audit: new AuditService(logger),
    pubSub: pubSub.pubSub,
    close: async () => {
      alerts.stop();
      await scheduler.stop();
      await webhooks.stop();
      await engine.idle();
      await pubSub.close();
    },
  };
}
