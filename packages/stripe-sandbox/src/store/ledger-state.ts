import { SortedIndex } from './sorted-index.js';

const DAY = 86_400;

/** Automatic payouts run daily at this many seconds past midnight UTC. */
export const PAYOUT_TIME_OF_DAY = 6 * 3600;

/** The index of the first daily payout run at or after `at`. */
export function payoutRunOf(at: number): number {
  return Math.ceil((at - PAYOUT_TIME_OF_DAY) / DAY);
}

/** When daily payout run `run` happens. */
export function payoutRunTime(run: number): number {
  return run * DAY + PAYOUT_TIME_OF_DAY;
}

/**
 * What the automatic payout schedule of one account knows: the entries not yet
 * paid out (grouped by the run at which they become payable), the payouts in
 * transit, what each payout settled, and how far the schedule has run.
 */
export class LedgerState {
  /** Sandbox time up to which payouts, arrivals and balance events have been processed. */
  through = Number.NEGATIVE_INFINITY;
  /** The last payout run processed. */
  lastRun = Number.NEGATIVE_INFINITY;
  /** Entries left over from runs whose total was not positive: a negative balance carried on. */
  carry: number[] = [];
  /** Share of payouts that fail at arrival (generated accounts only), and its seed. */
  failureShare = 0;
  failureSeed = 0;
  /** Payout rows in transit, oldest first. */
  readonly inTransit: number[] = [];
  /** Midnights at which pending funds become available (`balance.available`). */
  readonly availableAt = new Set<number>();
  /** Refunds whose card reference becomes known at a midnight (`charge.refund.updated`). */
  private readonly references = new Map<number, number[]>();
  private readonly byRun = new Map<number, number[]>();
  private readonly settled = new Map<number, Int32Array>();
  private readonly settledIndex = new Map<number, SortedIndex>();

  /** Registers an entry that a later run must pay out. */
  addUnsettled(row: number, availableOn: number): void {
    // A back-dated entry whose run has passed goes into the next one.
    const run = Math.max(payoutRunOf(availableOn), this.lastRun + 1);
    const bucket = this.byRun.get(run);
    if (bucket === undefined) this.byRun.set(run, [row]);
    else bucket.push(row);
  }

  /** Registers a refund whose reference becomes known at midnight `at`. */
  addReference(at: number, refund: number): void {
    const bucket = this.references.get(at);
    if (bucket === undefined) this.references.set(at, [refund]);
    else bucket.push(refund);
  }

  /** The refunds whose reference becomes known at midnight `at`, once. */
  takeReferences(at: number): number[] {
    const rows = this.references.get(at) ?? [];
    this.references.delete(at);
    return rows;
  }

  /** The entries payable at run `run`: the carried ones, then those that became available since. */
  takeUnsettled(run: number): number[] {
    const bucket = this.byRun.get(run) ?? [];
    this.byRun.delete(run);
    const rows = this.carry.length === 0 ? bucket : this.carry.concat(bucket);
    this.carry = [];
    this.lastRun = run;
    return rows;
  }

  /** Records the entries a payout settled (its own entry included). */
  settle(payout: number, rows: Int32Array): void {
    this.settled.set(payout, rows);
  }

  /** The entries of a payout ordered for listing, built on first use. */
  settledBy(payout: number, createdOf: (row: number) => number): SortedIndex | undefined {
    let index = this.settledIndex.get(payout);
    if (index !== undefined) return index;
    const rows = this.settled.get(payout);
    if (rows === undefined) return undefined;
    index = new SortedIndex(createdOf);
    index.buildFrom(rows);
    this.settledIndex.set(payout, index);
    return index;
  }
}
