import { ChargeStatus, EVENT_TYPES, type Account } from '../store/account.js';
import { DISPUTE_REASONS, recordDispute } from '../store/disputes.js';
import { REFUND_REASONS, recordCharge, recordRefund } from '../store/ledger.js';
import { advanceLedger, type LedgerSink } from '../store/payout-schedule.js';
import { Rng } from '../util/rng.js';
import { playDispute } from './generate-disputes.js';
import { randomCharge } from './random-charge.js';

const DAY = 86_400;
const EVENT_WINDOW = 30 * DAY;
/** About one automatic payout in 25 fails at arrival in a generated account. */
const PAYOUT_FAILURE_SHARE = 0.04;

/** How a generated history looks. */
export interface HistoryOptions {
  charges: number;
  seed: number;
  /** Sandbox time at generation; every object is created at or before it. */
  now: number;
  /** Spread of the charges, in days before `now` (default 90). */
  days?: number;
}

function createdTimes(rng: Rng, count: number, now: number, days: number): Float64Array {
  const times = new Float64Array(count);
  const span = days * DAY;
  for (let i = 0; i < count; i += 1) times[i] = Math.floor(now - 60 - rng.next() * span);
  times.sort();
  // Busy shops take several payments within one second; keep some such ties even in small accounts.
  for (let i = 1; i < count; i += 1) if (rng.chance(0.06)) times[i] = times[i - 1] ?? 0;
  return times;
}

interface Later {
  at: number;
  charge: number;
  amount: number;
  kind: 'refund' | 'dispute';
}

/** Rows spread evenly over the account that get a dispute (one from 20 charges on, two from 40). */
function disputedRows(account: Account): Set<number> {
  const cols = account.charges.cols;
  const length = account.charges.length;
  const count = length < 20 ? 0 : Math.max(length < 40 ? 1 : 2, Math.round(length * 0.002));
  const every = count === 0 ? 0 : Math.floor(account.charges.length / count);
  const rows = new Set<number>();
  for (let k = 0; k < count; k += 1) {
    let row = k * every + (every >> 1);
    while (row < account.charges.length && cols.status[row] !== ChargeStatus.succeeded) row += 1;
    if (row < account.charges.length) rows.add(row);
  }
  return rows;
}

function refundsAndDisputes(account: Account, rng: Rng, now: number): Later[] {
  const cols = account.charges.cols;
  const later: Later[] = [];
  const disputed = disputedRows(account);
  for (let row = 0; row < account.charges.length; row += 1) {
    if (cols.status[row] !== ChargeStatus.succeeded) continue;
    const created = cols.created[row] ?? 0;
    const amount = cols.amount[row] ?? 0;
    const at = created + Math.floor(rng.next() * Math.min(12 * DAY, now - created));
    if (disputed.has(row)) {
      later.push({ at, charge: row, amount, kind: 'dispute' });
    } else if (rng.chance(0.06)) {
      const partial = rng.chance(0.4) && amount >= 200;
      const refunded = partial
        ? Math.max(1, Math.round(amount * (0.1 + rng.next() * 0.8)))
        : amount;
      later.push({ at, charge: row, amount: refunded, kind: 'refund' });
    }
  }
  return later.sort((a, b) => a.at - b.at || a.charge - b.charge);
}

/**
 * Fills an empty account with a deterministic history: charges over the last
 * `days` (same-second ties, several currencies, metadata categories, failures),
 * full and partial refunds, disputes won, lost and open, fees, daily payouts
 * (some failing), and the events of the last 30 days, refunds' and disputes'
 * included.
 */
export function generateHistory(account: Account, options: HistoryOptions): void {
  const rng = new Rng(options.seed);
  const count = options.charges;
  const times = createdTimes(rng, count, options.now, options.days ?? 90);
  const all = [
    account.charges,
    account.txns,
    account.refunds,
    account.disputes,
    account.payouts,
    account.events,
  ];
  for (const collection of all) collection.beginBulk(collection === account.charges ? count : 0);
  account.txns.rows.reserve(Math.ceil(count * 1.1));
  account.customers = Math.max(1, Math.floor(count / 4));
  for (let i = 0; i < count; i += 1) {
    recordCharge(account, randomCharge(rng, account, times[i] ?? options.now));
  }
  const since = options.now - EVENT_WINDOW;
  const record: LedgerSink = (type, at, source) => {
    if (at < since) return;
    account.events.insert((events, row) => {
      events.created[row] = at;
      events.type[row] = EVENT_TYPES.indexOf(type);
      events.source[row] = source;
    });
  };
  for (const item of refundsAndDisputes(account, rng, options.now)) {
    if (item.kind === 'dispute') {
      const dispute = recordDispute(account, item.charge, item.at, rng.int(DISPUTE_REASONS.length));
      playDispute(account, dispute, options.seed, options.now, record);
      continue;
    }
    const reason = 1 + rng.int(REFUND_REASONS.length - 1);
    const refund = recordRefund(account, item.charge, item.amount, item.at, reason);
    record('charge.refunded', item.at, refund);
    record('refund.created', item.at, refund);
  }
  account.ledger.through = (times[0] ?? options.now) - 1;
  account.ledger.failureShare = PAYOUT_FAILURE_SHARE;
  account.ledger.failureSeed = options.seed;
  advanceLedger(account, options.now, record);
  const charges = account.charges.cols;
  for (let row = 0; row < count; row += 1) {
    const created = charges.created[row] ?? 0;
    if (created < since) continue;
    const type =
      charges.status[row] === ChargeStatus.succeeded ? 'charge.succeeded' : 'charge.failed';
    account.events.insert((events, at) => {
      events.created[at] = created;
      events.type[at] = EVENT_TYPES.indexOf(type);
      events.source[at] = row;
    });
  }
  for (const collection of all) collection.endBulk();
}
