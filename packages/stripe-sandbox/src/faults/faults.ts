import { Rng } from '../util/rng.js';

/** Faults that can be switched on, globally or for one account. */
export interface FaultSettings {
  /** Added latency per request, in milliseconds. */
  latencyMs?: number;
  /** Share (0..1) of requests answered with Stripe's 429. */
  rateLimitShare?: number;
  /** Share (0..1) of requests answered with a 500 `api_error`. */
  serverErrorShare?: number;
  /** Share (0..1) of requests whose connection is dropped without an answer. */
  dropShare?: number;
  /** New charges created (at the sandbox's "now") before each charges list page is served. */
  chargesWhilePaging?: number;
}

/** What happens to one request. */
export type FaultOutcome = 'drop' | 'server_error' | 'rate_limit' | null;

/** The fault switchboard; draws are seeded, so a run with the same seed repeats. */
export class Faults {
  private global: FaultSettings = {};
  private readonly perAccount = new Map<string, FaultSettings>();
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = new Rng(seed ^ 0xfa017);
  }

  /** Replaces the settings globally, or for one account when `account` is given. */
  set(settings: FaultSettings, account?: string): void {
    if (account === undefined) this.global = { ...settings };
    else this.perAccount.set(account, { ...settings });
  }

  /** Clears the faults of one account, or all of them. */
  clear(account?: string): void {
    if (account !== undefined) {
      this.perAccount.delete(account);
      return;
    }
    this.global = {};
    this.perAccount.clear();
  }

  /** The settings in force for an account: its own over the global ones. */
  for(account: string | null): FaultSettings {
    const own = account === null ? undefined : this.perAccount.get(account);
    return own === undefined ? this.global : { ...this.global, ...own };
  }

  /** Draws the fate of one request under `settings`. */
  draw(settings: FaultSettings): FaultOutcome {
    if (this.hit(settings.dropShare)) return 'drop';
    if (this.hit(settings.serverErrorShare)) return 'server_error';
    if (this.hit(settings.rateLimitShare)) return 'rate_limit';
    return null;
  }

  private hit(share: number | undefined): boolean {
    return share !== undefined && share > 0 && this.rng.next() < share;
  }
}
