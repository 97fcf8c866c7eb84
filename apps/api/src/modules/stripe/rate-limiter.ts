/**
 * A token bucket per Stripe account: at most `perSecond` requests a second, with bursts up
 * to `burst` (default 1: evenly spaced, so no one-second window exceeds the limit by more
 * than one). Callers await `take()` before each request.
 */
export class RateLimiter {
  private readonly buckets = new Map<
    string,
    { tokens: number; updatedAt: number; queue: Promise<void> }
  >();
  /** When each account's recent requests were let through (the last second's worth). */
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number = 1,
  ) {}

  /** Resolves when `account` may send one more request. */
  take(account: string): Promise<void> {
    if (!Number.isFinite(this.perSecond)) return Promise.resolve();
    const bucket = this.buckets.get(account) ?? {
      tokens: this.burst,
      updatedAt: Date.now(),
      queue: Promise.resolve(),
    };
    this.buckets.set(account, bucket);
    // Chained so that waiters are served in order and never oversubscribe the bucket.
    const turn = bucket.queue.then(() => this.waitForToken(bucket)).then(() => this.note(account));
    bucket.queue = turn;
    return turn;
  }

  /** Share of the per-second budget each account used over the last second, 0..1. */
  usage(now: number = Date.now()): Map<string, number> {
    const shares = new Map<string, number>();
    for (const [account, times] of this.recent) {
      const inWindow = times.filter((at) => now - at < 1000).length;
      if (inWindow === 0) this.recent.delete(account);
      else shares.set(account, Math.min(1, inWindow / this.perSecond));
    }
    return shares;
  }

  private note(account: string): void {
    const now = Date.now();
    const times = (this.recent.get(account) ?? []).filter((at) => now - at < 1000);
    times.push(now);
    this.recent.set(account, times);
  }

  private async waitForToken(bucket: { tokens: number; updatedAt: number }): Promise<void> {
    for (;;) {
      this.refill(bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      const waitMs = ((1 - bucket.tokens) / this.perSecond) * 1000;
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(waitMs)));
    }
  }

  private refill(bucket: { tokens: number; updatedAt: number }): void {
    const now = Date.now();
    bucket.tokens = Math.min(
      this.burst,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.perSecond,
    );
    bucket.updatedAt = now;
  }
}
