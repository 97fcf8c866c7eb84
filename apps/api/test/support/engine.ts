import type { Orm } from '@cora/db';
import type { Logger } from 'pino';
import { createAppPubSub } from '../../src/app/pubsub.js';
import type { StripeConfig } from '../../src/config/config.js';
import { CategoryRuleService } from '../../src/modules/rules/rules.service.js';
import { StripeAccess } from '../../src/modules/stripe-connection/stripe-access.js';
import { NO_SYNC_OBSERVER } from '../../src/modules/sync/sync-observer.js';
import { SyncEngine } from '../../src/modules/sync/sync.engine.js';
import type { TokenCipher } from '../../src/security/token-cipher.js';
import { StripeGateway } from '../../src/stripe/gateway.js';
import { createOAuthFlavor } from '../../src/stripe/oauth.js';
import { RateLimiter } from '../../src/stripe/rate-limiter.js';
import { DEFAULT_RETRY_POLICY } from '../../src/stripe/retry.js';

/**
 * The sync engine alone, as a worker would run it: no server, no scheduler, no rate limit,
 * no observer. For the crash test's child process and the sync benchmark.
 */
export function standaloneEngine(
  orm: Orm,
  stripe: StripeConfig,
  cipher: TokenCipher,
  logger: Logger,
): SyncEngine {
  const gateway = new StripeGateway(stripe, logger);
  return new SyncEngine(
    orm,
    new StripeAccess(cipher, createOAuthFlavor(stripe, gateway), gateway, logger),
    new CategoryRuleService(),
    new RateLimiter(Number.POSITIVE_INFINITY),
    createAppPubSub(undefined).pubSub,
    logger,
    { syncIntervalMs: 86_400_000, retryPolicy: DEFAULT_RETRY_POLICY },
    NO_SYNC_OBSERVER,
  );
}
