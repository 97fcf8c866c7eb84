import { TxnKind, type Account } from './account.js';
import { recordTxn } from './ledger.js';

const DAY = 86_400;

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
