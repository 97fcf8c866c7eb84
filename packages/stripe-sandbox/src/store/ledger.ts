import { cardFee, convertMinor, currencyAt, exchangeRate } from '../data/currencies.js';
import { ChargeStatus, TxnKind, type Account } from './account.js';

const DAY = 86_400;

/** Refund reasons as stored; #0 is `null`. */
export const REFUND_REASONS = [null, 'requested_by_customer', 'duplicate', 'fraudulent'] as const;

/** Dispute reasons as stored. */
export const DISPUTE_REASONS = [
  'general',
  'fraudulent',
  'product_not_received',
  'product_unacceptable',
  'duplicate',
  'subscription_canceled',
] as const;

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

interface NewTxn {
  kind: number;
  source: number;
  created: number;
  availableOn: number;
  amount: number;
  fee: number;
  rate: number;
}

function recordTxn(account: Account, txn: NewTxn): number {
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

/** The rate from a charge's currency to the settlement currency (0 when they match). */
function rateOf(account: Account, currency: number): number {
  if (currency === account.profile.currency) return 0;
  return exchangeRate(currencyAt(currency), currencyAt(account.profile.currency));
}

function settle(account: Account, amount: number, currency: number): number {
  const rate = rateOf(account, currency);
  if (rate === 0) return amount;
  return convertMinor(amount, currencyAt(currency), currencyAt(account.profile.currency), rate);
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
  const settled = settle(account, charge.amount, charge.currency);
  const international = charge.currency !== account.profile.currency;
  account.charges.cols.txn[row] = recordTxn(account, {
    kind: TxnKind.charge,
    source: row,
    created: charge.created,
    availableOn: Math.floor((charge.created + account.profile.delayDays * DAY) / DAY) * DAY,
    amount: settled,
    fee: cardFee(settled, currencyAt(account.profile.currency), international),
    rate: rateOf(account, charge.currency),
  });
  return row;
}

/** Records a refund of `amount` (minor units of the charge's currency). */
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
  account.refunds.cols.txn[refund] = recordTxn(account, {
    kind: TxnKind.refund,
    source: refund,
    created,
    availableOn: created,
    amount: -settle(account, amount, currency),
    fee: 0,
    rate: rateOf(account, currency),
  });
  return refund;
}

/** Records a dispute on a charge: the disputed amount and Stripe's fee leave the balance. */
export function recordDispute(
  account: Account,
  charge: number,
  created: number,
  reason: number,
): number {
  const cols = account.charges.cols;
  const amount = cols.amount[charge] ?? 0;
  const currency = cols.currency[charge] ?? 0;
  cols.disputed[charge] = 1;
  const dispute = account.disputes.insert((disputes, row) => {
    disputes.created[row] = created;
    disputes.charge[row] = charge;
    disputes.amount[row] = amount;
    disputes.reason[row] = reason;
  });
  account.disputeOf.set(charge, dispute);
  const settlement = currencyAt(account.profile.currency);
  account.disputes.cols.txn[dispute] = recordTxn(account, {
    kind: TxnKind.dispute,
    source: dispute,
    created,
    availableOn: created,
    amount: -settle(account, amount, currency),
    fee: Math.round((15 / settlement.usdPer) * 10 ** settlement.exponent),
    rate: rateOf(account, currency),
  });
  return dispute;
}

/** Why a payout fails, as Stripe codes and words it; #0 means it does not fail. */
export const PAYOUT_FAILURES = [
  null,
  { code: 'account_closed', message: 'The bank account has been closed.' },
  {
    code: 'no_account',
    message:
      'The bank account details on file are probably incorrect. No bank account could be located with those details.',
  },
  { code: 'could_not_process', message: 'The bank could not process this payout.' },
  {
    code: 'account_frozen',
    message: 'The bank account has been frozen.',
  },
] as const;

/** Records an automatic payout of `amount` (settlement currency) and its own `payout` entry. */
export function recordPayout(
  account: Account,
  created: number,
  amount: number,
  failure: number,
): number {
  const payout = account.payouts.insert((payouts, row) => {
    payouts.created[row] = created;
    payouts.arrival[row] = Math.floor((created + 2 * DAY) / DAY) * DAY;
    payouts.amount[row] = amount;
    payouts.currency[row] = account.profile.currency;
    payouts.failure[row] = failure;
    payouts.failureTxn[row] = -1;
  });
  const txn = recordTxn(account, {
    kind: TxnKind.payout,
    source: payout,
    created,
    availableOn: created,
    amount: -amount,
    fee: 0,
    rate: 0,
  });
  account.payouts.cols.txn[payout] = txn;
  account.txns.cols.payout[txn] = payout;
  return payout;
}

/** A failed payout's funds come back: a `payout_failure` entry that a later payout settles. */
export function recordPayoutFailure(account: Account, payout: number, at: number): number {
  const txn = recordTxn(account, {
    kind: TxnKind.payoutFailure,
    source: payout,
    created: at,
    availableOn: at,
    amount: account.payouts.cols.amount[payout] ?? 0,
    fee: 0,
    rate: 0,
  });
  account.payouts.cols.failureTxn[payout] = txn;
  return txn;
}
