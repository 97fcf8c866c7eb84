/** One Stripe API request as the sandbox saw it. Keys appear masked only. */
export interface RequestLogEntry {
  requestId: string;
  at: string;
  method: string;
  /** Path and query string, e.g. `/v1/charges?limit=100`. */
  path: string;
  /** The route pattern, e.g. `GET /v1/charges/:id`. */
  route: string;
  status: number;
  /** The account acted on, when known. */
  account: string | null;
  maskedKey: string | null;
  durationMs: number;
  /** The fault injected, if any. */
  fault: string | null;
}

/** Request counts: total and per route. */
export interface RequestCounts {
  total: number;
  byRoute: Record<string, number>;
}

/** A bounded request log plus per-account counters, for "exactly one request" assertions. */
export class RequestLog {
  private readonly ring: RequestLogEntry[] = [];
  private readonly counters = new Map<string, Map<string, number>>();

  constructor(private readonly capacity = 10_000) {}

  record(entry: RequestLogEntry): void {
    this.ring.push(entry);
    // Trim in chunks: one splice per `capacity` requests instead of a shift per request.
    if (this.ring.length >= this.capacity * 2)
      this.ring.splice(0, this.ring.length - this.capacity);
    const key = entry.account ?? '';
    const routes = this.counters.get(key) ?? new Map<string, number>();
    routes.set(entry.route, (routes.get(entry.route) ?? 0) + 1);
    this.counters.set(key, routes);
  }

  /** Newest last; `account` narrows to one account, `limit` keeps the newest few. */
  entries(filter: { account?: string; limit?: number } = {}): RequestLogEntry[] {
    const matching = this.ring
      .slice(-this.capacity)
      .filter((entry) => filter.account === undefined || entry.account === filter.account);
    return filter.limit === undefined ? matching : matching.slice(-filter.limit);
  }

  /** Counts for one account, or for every request when none is named. */
  counts(account?: string): RequestCounts {
    const byRoute: Record<string, number> = {};
    let total = 0;
    for (const [key, routes] of this.counters) {
      if (account !== undefined && key !== account) continue;
      for (const [route, count] of routes) {
        byRoute[route] = (byRoute[route] ?? 0) + count;
        total += count;
      }
    }
    return { total, byRoute };
  }

  reset(): void {
    this.ring.length = 0;
    this.counters.clear();
  }
}
