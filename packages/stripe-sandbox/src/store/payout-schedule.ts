import { hash32 } from '../util/rng.js';
import type { Account, EventType } from './account.js';
import { PAYOUT_FAILURES, recordPayout, recordPayoutFailure } from './payouts.js';
import { payoutRunOf, payoutRunTime } from './ledger-state.js';

const DAY = 86_400;

/** Where the schedule reports what happened: an event of `type` about row `source` at `at`. */
export type LedgerSink = (type: EventType, at: number, source: number) => void;

function failureOf(account: Account, payout: number): number {
  const { failureShare, failureSeed } = account.ledger;
  if (failureShare <= 0) return 0;
  const draw = hash32(failureSeed, payout, 0xfa11);
  if (draw / 2 ** 32 >= failureShare) return 0;
  return 1 + (draw % (PAYOUT_FAILURES.length - 1));
}

/**
 * Stripe's automatic daily payout: it settles exactly the entries that became
 * available since the previous run (plus any carried over). A total that is
 * not positive pays nothing and is carried into the next run.
 */
function runPayout(account: Account, run: number, sink: LedgerSink): void {
  const state = account.ledger;
  const rows = state.takeUnsettled(run);
  if (rows.length === 0) return;
  const cols = account.txns.cols;
  let total = 0;
  for (const row of rows) total += (cols.amount[row] ?? 0) - (cols.fee[row] ?? 0);
  if (total <= 0) {
    state.carry = rows;
    return;
  }
  const at = payoutRunTime(run);
  const payout = recordPayout(account, at, total, failureOf(account, account.payouts.length));
  const settled = new Int32Array(rows.length + 1);
  const after = account.txns.cols;
  rows.forEach((row, i) => {
    after.payout[row] = payout;
    settled[i] = row;
  });
  settled[rows.length] = account.payouts.cols.txn[payout] ?? -1;
  state.settle(payout, settled);
  state.inTransit.push(payout);
  sink('payout.created', at, payout);
}

/** Payouts arriving by `at`: paid, or failed with their funds returned to the balance. */
function arrivals(account: Account, at: number, sink: LedgerSink): void {
  const state = account.ledger;
  const cols = account.payouts.cols;
  for (let payout = state.inTransit[0]; payout !== undefined; payout = state.inTransit[0]) {
    const arrival = cols.arrival[payout] ?? 0;
    if (arrival > at) return;
    state.inTransit.shift();
    if ((cols.failure[payout] ?? 0) > 0) {
      recordPayoutFailure(account, payout, arrival);
      sink('payout.failed', arrival, payout);
    } else {
      sink('payout.paid', arrival, payout);
    }
  }
}

/**
 * Runs the account's payout schedule from where it stopped up to `until`:
 * at each midnight the payouts that arrive, the funds that become available
 * and the refund references that become known, at each daily run time the
 * automatic payout. The generator and
 * the sandbox clock both move accounts forward through this one function.
 */
export function advanceLedger(account: Account, until: number, sink: LedgerSink): void {
  const state = account.ledger;
  if (!Number.isFinite(state.through)) state.through = until;
  for (let t = state.through; ;) {
    const midnight = (Math.floor(t / DAY) + 1) * DAY;
    const run = payoutRunOf(t + 1);
    const next = Math.min(midnight, payoutRunTime(run));
    if (next > until) break;
    if (next === midnight) {
      arrivals(account, midnight, sink);
      if (state.availableAt.delete(midnight)) sink('balance.available', midnight, -1);
      for (const refund of state.takeReferences(midnight)) {
        sink('charge.refund.updated', midnight, refund);
        sink('refund.updated', midnight, refund);
      }
    }
    if (next === payoutRunTime(run)) runPayout(account, run, sink);
    t = next;
  }
  state.through = Math.max(state.through, until);
}
