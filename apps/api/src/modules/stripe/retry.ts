import Stripe from 'stripe';

/** How hard to retry Stripe's transient failures. */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
};

function header(error: Stripe.errors.StripeError, name: string): string | undefined {
  const headers = error.headers as Record<string, string | string[] | undefined> | undefined;
  const value = headers?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Whether Stripe's answer is worth another try: 429, 5xx and network errors, unless
 * Stripe says `Stripe-Should-Retry: false`; `true` makes anything retryable.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return false;
  const shouldRetry = header(error, 'stripe-should-retry');
  if (shouldRetry === 'false') return false;
  if (shouldRetry === 'true') return true;
  if (error instanceof Stripe.errors.StripeConnectionError) return true;
  const status = error.statusCode ?? 0;
  return status === 429 || status >= 500 || status === 409;
}

/** Exponential backoff with full jitter, never shorter than Stripe's `Retry-After`. */
export function retryDelayMs(
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
  random = Math.random,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = exponential / 2 + random() * (exponential / 2);
  const retryAfter =
    error instanceof Stripe.errors.StripeError ? Number(header(error, 'retry-after')) : Number.NaN;
  return Number.isFinite(retryAfter) && retryAfter > 0
    ? Math.min(policy.maxDelayMs, Math.max(jittered, retryAfter * 1000))
    : jittered;
}

/** Runs `call`, retrying transient Stripe failures per `policy`; the last error is thrown. */
export async function withRetries<T>(
  call: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  onRetry: (error: unknown, attempt: number, delayMs: number) => void = () => {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.maxAttempts || !isRetryable(error)) throw error;
      const delay = retryDelayMs(error, attempt, policy);
      onRetry(error, attempt, delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
