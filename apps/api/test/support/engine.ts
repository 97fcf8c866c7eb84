import type { Orm, PageWriterMode } from '@cora/db';
import type { Logger } from 'pino';
import { createAppPubSub } from '../../src/pubsub/pubsub.js';
import type { StripeConfig } from '../../src/config/config.js';
import { CategoryRuleService } from '../../src/modules/rules/rules.service.js';
import { ConnectedAccounts } from '../../src/modules/stripe/connected-accounts.js';
import { NO_SYNC_OBSERVER } from '../../src/modules/sync/sync-observer.js';
import { SyncEngine } from '../../src/modules/sync/sync.engine.js';
import { InProcessJobQueue } from '../../src/modules/jobs/in-process.queue.js';
import { jobHandlers } from '../../src/modules/jobs/job-handlers.js';
import type { TokenCipher } from '../../src/security/token-cipher.js';
import { StripeClients } from '../../src/modules/stripe/stripe-clients.js';
import { createOAuthFlavor } from '../../src/modules/stripe/oauth.js';
import { RateLimiter } from '../../src/modules/stripe/rate-limiter.js';
import { DEFAULT_RETRY_POLICY } from '../../src/modules/stripe/retry.js';

/**
 * The sync engine alone, as a worker would run it: no server, no scheduler, no rate limit,
 * no observer, runs on an in-process job queue. For the crash test's child process and the sync
 * benchmark.
 */
export function standaloneEngine(
  orm: Orm,
  stripe: StripeConfig,
  cipher: TokenCipher,
  logger: Logger,
  pageWriter: PageWriterMode = 'thread',
): SyncEngine {
  const clients = new StripeClients(stripe, logger);
  const jobs = new InProcessJobQueue(
    orm,
    {
      syncConcurrency: 1,
      webhookMaxAttempts: 1,
      webhookRetryDelaySeconds: 0,
      expireSeconds: 120,
      maintenanceSeconds: 10,
      pollingSeconds: 2,
      tickSeconds: 60,
    },
    logger,
  );
  const engine = new SyncEngine(
    orm,
    new ConnectedAccounts(cipher, createOAuthFlavor(stripe, clients), clients, logger),
    new CategoryRuleService(),
    new RateLimiter(Number.POSITIVE_INFINITY),
    createAppPubSub(undefined).pubSub,
    logger,
    { syncIntervalMs: 86_400_000, retryPolicy: DEFAULT_RETRY_POLICY, sliceMs: 60_000, pageWriter },
    NO_SYNC_OBSERVER,
    jobs,
  );
  jobs.bind(jobHandlers({ engine }));
  return engine;
}
