import { cardFee, convertMinor, currencyAt } from '../data/currencies.js';
import { rateOn } from '../data/fx.js';
import { ChargeStatus, TxnKind, type Account } from './account.js';

const DAY = 86_400;

/** Refund reasons as stored; #0 is `null`. */
export const REFUND_REASONS = [null, 'requested_by_customer', 'duplicate', 'fraudulent'] as const;

/** The fields of a new charge, already interned and coded. */
export interface NewCharge {
  created: number;
  amount: number;
  currency: number;
  description: number;
  metadata: number;
  status: number;
  failure: number;
  customer: number;
}

/** A balance transaction to record. */
export interface NewTxn {
  kind: number;
  source: number;
  created: number;
  availableOn: number;
  amount: number;
  fee: number;
  rate: number;
}

/** Records a balance transaction and schedules it for the payout that will settle it. */
export function recordTxn(account: Account, txn: NewTxn): number {
  const row = account.txns.insert((cols, row) => {
    cols.created[row] = txn.created;
    cols.availableOn[row] = txn.availableOn;
    cols.kind[row] = txn.kind;
    cols.source[row] = txn.source;
    cols.amount[row] = txn.amount;
    cols.fee[row] = txn.fee;
    cols.currency[row] = account.profile.currency;
    cols.exchangeRate[row] = txn.rate;
    cols.payout[row] = -1;
  });
  if (txn.kind !== TxnKind.payout) {
    account.ledger.addUnsettled(row, txn.availableOn);
    if (txn.availableOn > txn.created) account.ledger.availableAt.add(txn.availableOn);
  }
  return row;
}

/**
 * Money in a charge's currency as it reaches the balance at `at`: the amount in
 * the settlement currency and the day's rate (0 when no conversion happened).
 */
export function settleAt(
  account: Account,
  amount: number,
  currency: number,
  at: number,
): { amount: number; rate: number } {
  const settlement = account.profile.currency;
  if (currency === settlement) return { amount, rate: 0 };
  const rate = rateOn(currency, settlement, at, account.profile.fxSeed);
  const settled = convertMinor(amount, currencyAt(currency), currencyAt(settlement), rate);
  return { amount: settled, rate };
}

/** Records a charge and, when it succeeded, its balance transaction. */
export function recordCharge(account: Account, charge: NewCharge): number {
  const row = account.charges.insert((cols, at) => {
    cols.created[at] = charge.created;
    cols.amount[at] = charge.amount;
    cols.currency[at] = charge.currency;
    cols.description[at] = charge.description;
    cols.metadata[at] = charge.metadata;
    cols.status[at] = charge.status;
    cols.failure[at] = charge.failure;
    cols.customer[at] = charge.customer;
    cols.txn[at] = -1;
  });
  if (charge.status !== ChargeStatus.succeeded) return row;
  const settled = settleAt(account, charge.amount, charge.currency, charge.created);
  const international = charge.currency !== account.profile.currency;
  account.charges.cols.txn[row] = recordTxn(account, {
    kind: TxnKind.charge,
    source: row,
    created: charge.created,
    availableOn: Math.floor((charge.created + account.profile.delayDays * DAY) / DAY) * DAY,
    amount: settled.amount,
    fee: cardFee(settled.amount, currencyAt(account.profile.currency), international),
    rate: settled.rate,
  });
  return row;
}

/** When a card refund's acquirer reference number becomes known: the second midnight after it. */
export function refundReferenceAt(created: number): number {
  return (Math.floor(created / DAY) + 2) * DAY;
}

/**
 * Records a refund of `amount` (minor units of the charge's currency),
 * converted at the rate of the refund's day: against the charge's own rate
 * that is an exchange gain or loss, as with Stripe. The processing fee is not
 * returned.
 */
export function recordRefund(
  account: Account,
  charge: number,
  amount: number,
  created: number,
  reason: number,
): number {
  const cols = account.charges.cols;
  cols.amountRefunded[charge] = (cols.amountRefunded[charge] ?? 0) + amount;
  const currency = cols.currency[charge] ?? 0;
  const refund = account.refunds.insert((refunds, row) => {
    refunds.created[row] = created;
    refunds.charge[row] = charge;
    refunds.amount[row] = amount;
    refunds.reason[row] = reason;
    refunds.refundedAfter[row] = cols.amountRefunded[charge] ?? 0;
  });
  const settled = settleAt(account, amount, currency, created);
  account.refunds.cols.txn[refund] = recordTxn(account, {
    kind: TxnKind.refund,
    source: refund,
    created,
    availableOn: created,
    amount: -settled.amount,
    fee: 0,
    rate: settled.rate,
  });
  account.ledger.addReference(refundReferenceAt(created), refund);
  return refund;
}
