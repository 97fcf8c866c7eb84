import { currencyAt } from '../data/currencies.js';
import { TxnKind, type Account } from '../store/account.js';
import { PAYOUT_FAILURES } from '../store/payouts.js';
import { ids } from '../util/ids.js';
import { descriptions } from '../util/interner.js';
import type { RenderContext } from './context.js';

/** Per stored kind (TxnKind): Stripe's `type`, `reporting_category` and fee description. */
export const TXN_TYPES = [
  'charge',
  'refund',
  'adjustment',
  'payout',
  'payout_failure',
  'adjustment',
  'stripe_fee',
];
const TXN_CATEGORIES = [
  'charge',
  'refund',
  'dispute',
  'payout',
  'payout_reversal',
  'dispute_reversal',
  'fee',
];
const FEE_DESCRIPTIONS = [
  'Stripe processing fees',
  '',
  'Dispute fee',
  '',
  '',
  'Dispute countered fee refund',
  '',
];

function txnSource(account: Account, kind: number, source: number): string {
  const no = account.no;
  if (kind === TxnKind.charge) return ids.charge.encode(no, source);
  if (kind === TxnKind.refund) return ids.refund.encode(no, source);
  if (kind === TxnKind.payout || kind === TxnKind.payoutFailure)
    return ids.payout.encode(no, source);
  return ids.dispute.encode(no, source);
}

const DESCRIPTIONS = [
  '',
  '"REFUND FOR CHARGE"',
  '"Chargeback withdrawal"',
  '"STRIPE PAYOUT"',
  '"STRIPE PAYOUT FAILURE"',
  '"Chargeback reversal"',
  '"Dispute countered fee"',
];

function txnDescription(account: Account, kind: number, source: number): string {
  if (kind === TxnKind.charge)
    return descriptions.json(account.charges.cols.description[source] ?? 0);
  return DESCRIPTIONS[kind] ?? 'null';
}

/** Renders a BalanceTransaction: amounts in the account's settlement currency. */
export function renderBalanceTransaction(
  account: Account,
  row: number,
  ctx: RenderContext,
): string {
  const cols = account.txns.cols;
  const kind = cols.kind[row] ?? 0;
  const source = cols.source[row] ?? 0;
  const amount = cols.amount[row] ?? 0;
  const fee = cols.fee[row] ?? 0;
  const currency = currencyAt(cols.currency[row] ?? 0).code;
  const rate = cols.exchangeRate[row] ?? 0;
  const availableOn = cols.availableOn[row] ?? 0;
  const feeDetails =
    fee === 0
      ? '[]'
      : `[{"amount":${fee},"application":null,"currency":"${currency}","description":"${FEE_DESCRIPTIONS[kind] ?? ''}","type":"stripe_fee"}]`;
  return `{"id":"${ids.txn.encode(account.no, row)}","object":"balance_transaction","amount":${amount},"available_on":${availableOn},"balance_type":"payments","created":${cols.created[row] ?? 0},"currency":"${currency}","description":${txnDescription(account, kind, source)},"exchange_rate":${rate === 0 ? 'null' : rate},"fee":${fee},"fee_details":${feeDetails},"net":${amount - fee},"reporting_category":"${TXN_CATEGORIES[kind] ?? 'charge'}","source":"${txnSource(account, kind, source)}","status":"${availableOn <= ctx.now ? 'available' : 'pending'}","type":"${TXN_TYPES[kind] ?? 'charge'}"}`;
}

/** Renders a Payout as it is at `ctx.now`: in transit until its arrival, then paid or failed. */
export function renderPayout(account: Account, row: number, ctx: RenderContext): string {
  const cols = account.payouts.cols;
  const no = account.no;
  const arrival = cols.arrival[row] ?? 0;
  const arrived = arrival <= ctx.now;
  const failure = arrived ? PAYOUT_FAILURES[cols.failure[row] ?? 0] : null;
  const failureTxn = cols.failureTxn[row] ?? -1;
  const status = !arrived ? 'in_transit' : failure ? 'failed' : 'paid';
  return `{"id":"${ids.payout.encode(no, row)}","object":"payout","amount":${cols.amount[row] ?? 0},"application_fee":null,"application_fee_amount":null,"arrival_date":${arrival},"automatic":true,"balance_transaction":"${ids.txn.encode(no, cols.txn[row] ?? 0)}","created":${cols.created[row] ?? 0},"currency":"${currencyAt(cols.currency[row] ?? 0).code}","description":"STRIPE PAYOUT","destination":"ba_${account.id.slice(5)}","failure_balance_transaction":${failure && failureTxn >= 0 ? `"${ids.txn.encode(no, failureTxn)}"` : 'null'},"failure_code":${failure ? `"${failure.code}"` : 'null'},"failure_message":${failure ? JSON.stringify(failure.message) : 'null'},"livemode":${account.livemode},"metadata":{},"method":"standard","original_payout":null,"payout_method":null,"reconciliation_status":"${arrived ? 'completed' : 'in_progress'}","reversed_by":null,"source_type":"card","statement_descriptor":null,"status":"${status}","trace_id":null,"type":"bank_account"}`;
}
