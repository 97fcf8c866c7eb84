/** Requests per second per account, by mode. */
export interface RateLimits {
  test: number;
  live: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Stripe's per-account request budget as a token bucket: bursts up to one
 * second's budget, refilled continuously. `null` limits switch it off.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(public limits: RateLimits | null) {}

  /** Takes one request from the account's budget; false means answer 429. */
  take(key: string, livemode: boolean): boolean {
    if (this.limits === null) return true;
    const rate = livemode ? this.limits.live : this.limits.test;
    const now = performance.now();
    const bucket = this.buckets.get(key) ?? { tokens: rate, at: now };
    bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  reset(): void {
    this.buckets.clear();
  }
}
