import type Stripe from 'stripe';
import type { StripeSession } from '../stripe-connection/stripe-access.js';
import type { RateLimiter } from '../../stripe/rate-limiter.js';
import { withRetries, type RetryPolicy } from '../../stripe/retry.js';

/**
 * Every Stripe call of a sync: under the account's rate limiter, with transient failures
 * retried (backoff, jitter, `Retry-After`).
 */
export class StripeCaller {
  constructor(
    private readonly session: StripeSession,
    private readonly limiter: RateLimiter,
    private readonly policy: RetryPolicy,
    private readonly onRetry: (error: unknown, attempt: number, delayMs: number) => void = () => {},
  ) {}

  call<T>(fn: (stripe: Stripe) => Promise<T>): Promise<T> {
    return withRetries(
      async () => {
        await this.limiter.take(this.session.stripeAccountId);
        return this.session.call(fn);
      },
      this.policy,
      this.onRetry,
    );
  }
}
