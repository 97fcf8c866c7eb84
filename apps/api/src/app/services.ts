import { parseDatabaseUrl, SyncTrigger, type Orm } from '@cora/db';
import type { Logger } from 'pino';
import { IdentityVerifier } from '../auth/identity.js';
import type { AppConfig } from '../config/config.js';
import { Admission } from '../http/admission.js';
import { createAppPubSub, type AppPubSub } from '../pubsub/pubsub.js';
import { TokenCipher } from '../security/token-cipher.js';
import { createJobQueue } from '../modules/jobs/create-job-queue.js';
import { jobHandlers } from '../modules/jobs/job-handlers.js';
import type { JobQueue } from '../modules/jobs/job-queue.js';
import { AlertMonitor } from '../modules/monitoring/alert-monitor.js';
import { Metrics } from '../modules/monitoring/metrics.js';
import { MonitoringService } from '../modules/monitoring/monitoring.service.js';
import { refreshMetrics, stripeMetrics, syncMetrics } from '../modules/monitoring/observers.js';
import { CategoryRuleService } from '../modules/rules/rules.service.js';
import { LearnedModels } from '../modules/learning/learned-models.js';
import { LearningService } from '../modules/learning/learning.service.js';
import { ConnectionService } from '../modules/stripe-connection/connection.service.js';
import { OAuthStateService } from '../modules/stripe-connection/oauth-state.service.js';
import { ConnectedAccounts } from '../modules/stripe/connected-accounts.js';
import { createOAuthFlavor } from '../modules/stripe/oauth.js';
import { RateLimiter } from '../modules/stripe/rate-limiter.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../modules/stripe/retry.js';
import { StripeClients } from '../modules/stripe/stripe-clients.js';
import { AuditService } from '../modules/support/audit.service.js';
import { SupportService } from '../modules/support/support.service.js';
import { SyncScheduler } from '../modules/sync/scheduler.js';
import { SyncEngine } from '../modules/sync/sync.engine.js';
import { SyncService } from '../modules/sync/sync.service.js';
import { TransactionService } from '../modules/transactions/transaction.service.js';
import { BooksService } from '../modules/books/books.service.js';
import { createWebhookHandlers } from '../modules/webhooks/handlers.js';
import { WebhookProcessor } from '../modules/webhooks/webhook.processor.js';

const HOUR_MS = 60 * 60 * 1000;

/**
 * What an instance does: `api` serves HTTP and WebSocket and enqueues jobs, `worker` works
 * jobs and runs the schedule, `all` both (the default, and the only role on SQLite).
 */
export type InstanceRole = 'api' | 'worker' | 'all';

/** Knobs tests and the bench turn; production uses the defaults. */
export interface ServiceOptions {
  role?: InstanceRole;
  retryPolicy?: RetryPolicy;
  /** Most due connections one scheduler pass claims. */
  schedulerConcurrency?: number;
  /** A RUNNING run quiet this long with no job is enqueued again. */
  orphanRunAfterMs?: number;
  /** An event never attempted this long after it was recorded is enqueued again. */
  webhookRetryAfterMs?: number;
}

/** The long-lived collaborators of one API instance, wired once; each module gets its own. */
export interface Services {
  config: AppConfig;
  logger: Logger;
  orm: Orm;
  identity: IdentityVerifier;
  pubSub: AppPubSub;
  metrics: Metrics;
  connections: ConnectionService;
  rules: CategoryRuleService;
  learning: LearningService;
  engine: SyncEngine;
  sync: SyncService;
  transactions: TransactionService;
  books: BooksService;
  scheduler: SyncScheduler;
  support: SupportService;
  monitoring: MonitoringService;
  audit: AuditService;
  webhooks: WebhookProcessor;
  alerts: AlertMonitor;
  /** Rate limit and load shedding for every operation, on every transport. */
  admission: Admission;
  jobs: JobQueue;
  role: InstanceRole;
  /** Connects the job queue and, unless the role is `api`, works jobs on this instance. */
  open(): Promise<void>;
  /** Starts the schedule and alert evaluation, unless the role is `api`. */
  start(): Promise<void>;
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
  const identity = new IdentityVerifier(config.auth);
  const clients = new StripeClients(config.stripe, logger);
  clients.onResponse(stripeMetrics(metrics));
  const oauth = createOAuthFlavor(config.stripe, clients);
  const limiter = new RateLimiter(config.stripe.rateLimitPerSecond);
  const alerts = new AlertMonitor(orm, limiter, config.alerts, logger);
  const accounts = new ConnectedAccounts(
    cipher,
    oauth,
    clients,
    logger,
    refreshMetrics(metrics, (connectionId) => {
      alerts
        .tokenRefreshFailed(connectionId)
        .catch((error: unknown) => logger.error({ err: error }, 'could not fire an alert'));
    }),
  );
  const admission = new Admission(config.admission, identity, metrics);
  const live = createAppPubSub(config.redisUrl);
  const syncIntervalMs = config.syncIntervalHours * HOUR_MS;
  const connections = new ConnectionService(
    oauth,
    new OAuthStateService(oauth.name),
    cipher,
    accounts,
    syncIntervalMs,
    logger,
  );
  const learned = new LearnedModels(config.learningThreshold);
  const rules = new CategoryRuleService(learned);
  const learning = new LearningService(orm, rules, learned, live.pubSub, logger);
  const role = options.role ?? 'all';
  if (role !== 'all' && parseDatabaseUrl(config.databaseUrl).dialect === 'sqlite') {
    throw new Error(
      `--role ${role} needs PostgreSQL: the embedded SQLite default runs as one instance`,
    );
  }
  const jobs = createJobQueue(config.databaseUrl, orm, config.jobs, logger);
  const engine = new SyncEngine(
    orm,
    accounts,
    rules,
    limiter,
    live.pubSub,
    logger,
    {
      syncIntervalMs,
      retryPolicy: options.retryPolicy ?? DEFAULT_RETRY_POLICY,
      sliceMs: config.jobs.sliceSeconds * 1000,
      pageWriter: config.syncPageWriter,
      foreground: admission,
    },
    syncMetrics(metrics),
    jobs,
  );
  const webhookRetryAfterMs = options.webhookRetryAfterMs ?? 60_000;
  const scheduler = new SyncScheduler(orm, engine, jobs, logger, {
    concurrency: options.schedulerConcurrency ?? 10,
    claimLeaseMs: 10 * 60_000,
    orphanAfterMs: options.orphanRunAfterMs ?? 2 * config.jobs.expireSeconds * 1000,
    webhookOrphanAfterMs: webhookRetryAfterMs,
  });
  connections.setConnectedHook((connection) =>
    engine.requestSoon(connection.id, SyncTrigger.INITIAL, true),
  );
  const webhooks = new WebhookProcessor(
    orm,
    createWebhookHandlers({
      accounts,
      rules,
      pubSub: live.pubSub,
      requestSync: (connectionId) => engine.requestSoon(connectionId, SyncTrigger.WEBHOOK, false),
    }),
    jobs,
    metrics,
    logger,
  );
  webhooks.onParked(() => alerts.parkedWebhookEvents());
  jobs.bind(jobHandlers({ engine, scheduler, webhooks }));
  const works = role !== 'api';
  return {
    config,
    logger,
    orm,
    identity,
    admission,
    pubSub: live.pubSub,
    metrics,
    connections,
    rules,
    learning,
    engine,
    sync: new SyncService(engine),
    transactions: new TransactionService(learning),
    books: new BooksService(),
    scheduler,
    support: new SupportService(),
    monitoring: new MonitoringService(),
    audit: new AuditService(logger),
    webhooks,
    alerts,
    jobs,
    role,
    open: () => jobs.open(works),
    start: async () => {
      if (!works) return;
      await jobs.schedule();
      alerts.start();
    },
    close: async () => {
      alerts.stop();
      admission.close();
      engine.pauseSlices();
      await jobs.stop();
      await engine.close();
      await learning.idle();
      await live.close();
    },
  };
}
