import type { AccountClient } from './connected-accounts.js';
import type { RateLimiter } from './rate-limiter.js';
import { withRetries, type RetryPolicy } from './retry.js';

/**
 * The same account client with every call under the account's rate limiter and transient
 * failures retried (backoff, jitter, `Retry-After`): what a sync uses for its many calls.
 */
export function limitedClient(
  client: AccountClient,
  limiter: RateLimiter,
  policy: RetryPolicy,
  onRetry: (error: unknown, attempt: number, delayMs: number) => void = () => {},
): AccountClient {
  return {
    stripeAccountId: client.stripeAccountId,
    call: (fn) =>
      withRetries(
        async () => {
          await limiter.take(client.stripeAccountId);
          return client.call(fn);
        },
        policy,
        onRetry,
      ),
  };
}
