import type { Sandbox } from '@cora/stripe-sandbox';
import { listAll } from './sandbox-charges.js';

/** The fields of a Stripe payout the tests compare with what the console shows. */
export interface PayoutSummary {
  id: string;
  object: 'payout';
  amount: number;
  currency: string;
  status: string;
  created: number;
  automatic: boolean;
}

/** The fields of a Stripe balance transaction the tests compare. */
export interface BalanceTransactionSummary {
  id: string;
  type: string;
  reporting_category: string;
  amount: number;
  fee: number;
  net: number;
  currency: string;
  source: string | null;
}

/** The account's payouts, newest first, as the sandbox's Stripe API lists them. */
export function listPayouts(sandbox: Sandbox, account: string): Promise<PayoutSummary[]> {
  return listAll<PayoutSummary>(sandbox, account, '/v1/payouts');
}

/** The account's balance transactions, or those one payout settled (its own left out). */
export async function listBalanceTransactions(
  sandbox: Sandbox,
  account: string,
  payout?: string,
): Promise<BalanceTransactionSummary[]> {
  const params: Record<string, string> = payout ? { payout } : {};
  const txns = await listAll<BalanceTransactionSummary>(
    sandbox,
    account,
    '/v1/balance_transactions',
    params,
  );
  return payout ? txns.filter((txn) => txn.source !== payout) : txns;
}

const PAYOUT_CATEGORIES = ['payout', 'payout_reversal'];
const LINES: Record<string, readonly string[]> = {
  Charges: ['charge'],
  Refunds: ['refund', 'refund_failure', 'partial_capture_reversal'],
  Disputes: ['dispute', 'dispute_reversal'],
};

/**
 * Stripe's balance history summed the way the settlement lines read (Stripe's reporting
 * categories), in minor units: what the console's totals must show.
 */
export function settlementFromStripe(txns: readonly BalanceTransactionSummary[]) {
  const sum = (pick: (txn: BalanceTransactionSummary) => number, only = (_: string) => true) =>
    txns.filter((txn) => only(txn.reporting_category)).reduce((total, txn) => total + pick(txn), 0);
  const moving = (category: string) => !PAYOUT_CATEGORIES.includes(category);
  return {
    Charges: sum(
      (txn) => txn.amount,
      (c) => LINES.Charges!.includes(c),
    ),
    Refunds: sum(
      (txn) => txn.amount,
      (c) => LINES.Refunds!.includes(c),
    ),
    Disputes: sum(
      (txn) => txn.amount,
      (c) => LINES.Disputes!.includes(c),
    ),
    Fees:
      sum((txn) => txn.fee) -
      sum(
        (txn) => txn.amount,
        (c) => c === 'fee',
      ),
    Net: sum((txn) => txn.net, moving),
    'Paid out': -sum(
      (txn) => txn.amount,
      (c) => PAYOUT_CATEGORIES.includes(c),
    ),
  };
}

/** Minor units of a two-decimal currency as the console shows them (en-US), without floats. */
export function money(minor: number, currency = 'USD'): string {
  const digits = String(Math.abs(minor)).padStart(3, '0');
  const decimal = `${minor < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(
    decimal as Intl.StringNumericLiteral,
  );
}
