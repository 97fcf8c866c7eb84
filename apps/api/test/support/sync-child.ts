/**
 * A second process that runs one full sync and is killed mid-way by the crash test.
 * It wires only the engine (no server), like a worker would.
 */
import { createOrm, SyncTrigger } from '@cora/db';
import { pino } from 'pino';
import { createAppPubSub } from '../../src/pubsub/pubsub.js';
import { CategoryRuleService } from '../../src/modules/rules/rules.service.js';
import { ConnectedAccounts } from '../../src/modules/stripe/connected-accounts.js';
import { NO_SYNC_OBSERVER } from '../../src/modules/sync/sync-observer.js';
import { SyncEngine } from '../../src/modules/sync/sync.engine.js';
import { InProcessJobQueue } from '../../src/modules/jobs/in-process.queue.js';
import { jobHandlers } from '../../src/modules/jobs/job-handlers.js';
import { parseEncryptionKey, TokenCipher } from '../../src/security/token-cipher.js';
import { StripeClients } from '../../src/modules/stripe/stripe-clients.js';
import { createOAuthFlavor } from '../../src/modules/stripe/oauth.js';
import { RateLimiter } from '../../src/modules/stripe/rate-limiter.js';
import { DEFAULT_RETRY_POLICY } from '../../src/modules/stripe/retry.js';
import type { StripeConfig } from '../../src/config/config.js';

interface ChildInput {
  databaseUrl: string;
  encryptionKey: string;
  stripe: StripeConfig;
  connectionId: string;
}

const input = JSON.parse(process.env['SYNC_CHILD_INPUT'] ?? '{}') as ChildInput;
const logger = pino({ level: 'silent' });
const orm = await createOrm({ databaseUrl: input.databaseUrl });
const gateway = new StripeClients(input.stripe, logger);
const access = new ConnectedAccounts(
  new TokenCipher(parseEncryptionKey(input.encryptionKey)),
  createOAuthFlavor(input.stripe, gateway),
  gateway,
  logger,
);
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
  access,
  new CategoryRuleService(),
  new RateLimiter(Number.POSITIVE_INFINITY),
  createAppPubSub(undefined).pubSub,
  logger,
  { syncIntervalMs: 86_400_000, retryPolicy: DEFAULT_RETRY_POLICY, sliceMs: 60_000 },
  NO_SYNC_OBSERVER,
  jobs,
);
jobs.bind(jobHandlers({ engine }));
const run = await engine.request(orm.em.fork(), input.connectionId, SyncTrigger.MANUAL, true);
process.stdout.write(`${JSON.stringify({ runId: run.id })}\n`);
await engine.idle();
process.stdout.write('finished\n');
