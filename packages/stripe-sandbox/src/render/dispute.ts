import { CARDS } from '../data/catalog.js';
import { currencyAt } from '../data/currencies.js';
import type { Account } from '../store/account.js';
import { DISPUTE_REASONS, disputeStatusAt, evidenceDueBy } from '../store/disputes.js';
import { ids } from '../util/ids.js';
import { descriptions } from '../util/interner.js';
import { cardIndexOf } from './charge-view.js';
import type { RenderContext } from './context.js';
import { renderBalanceTransaction } from './ledger.js';

const EVIDENCE_FIELDS = [
  'access_activity_log',
  'billing_address',
  'cancellation_policy',
  'cancellation_policy_disclosure',
  'cancellation_rebuttal',
  'customer_communication',
  'customer_email_address',
  'customer_name',
  'customer_purchase_ip',
  'customer_signature',
  'duplicate_charge_documentation',
  'duplicate_charge_explanation',
  'duplicate_charge_id',
  'enhanced_evidence',
  'product_description',
  'receipt',
  'refund_policy',
  'refund_policy_disclosure',
  'refund_refusal_explanation',
  'service_date',
  'service_documentation',
  'shipping_address',
  'shipping_carrier',
  'shipping_date',
  'shipping_documentation',
  'shipping_tracking_number',
  'uncategorized_file',
  'uncategorized_text',
] as const;

const SUBMITTED_TEXT = JSON.stringify(
  'The customer received the order and used the service; receipt and delivery records attached.',
);

/** The `evidence` object: every field null until the merchant submits evidence. */
function evidence(account: Account, charge: number, submitted: boolean): string {
  const description = descriptions.json(account.charges.cols.description[charge] ?? 0);
  const value = (field: (typeof EVIDENCE_FIELDS)[number]): string => {
    if (field === 'enhanced_evidence') return '{}';
    if (!submitted) return 'null';
    if (field === 'product_description') return description;
    return field === 'uncategorized_text' ? SUBMITTED_TEXT : 'null';
  };
  return `{${EVIDENCE_FIELDS.map((field) => `"${field}":${value(field)}`).join(',')}}`;
}

/** Renders a Dispute as it is at `ctx.now`, with the balance transactions it caused by then. */
export function renderDispute(account: Account, row: number, ctx: RenderContext): string {
  const cols = account.disputes.cols;
  const no = account.no;
  const charge = cols.charge[row] ?? 0;
  const created = cols.created[row] ?? 0;
  const currency = currencyAt(account.charges.cols.currency[charge] ?? 0).code;
  const evidenceAt = cols.evidenceAt[row] ?? 0;
  const submitted = evidenceAt > 0 && evidenceAt <= ctx.now;
  const dueBy = evidenceDueBy(created);
  const reversal = cols.reversalTxn[row] ?? -1;
  const txns = [cols.txn[row] ?? 0];
  if (reversal >= 0 && (account.txns.cols.created[reversal] ?? 0) <= ctx.now) txns.push(reversal);
  const balanceTransactions = txns
    .map((txn) => renderBalanceTransaction(account, txn, ctx))
    .join(',');
  const details = `{"due_by":${dueBy},"enhanced_eligibility":{},"has_evidence":${submitted},"past_due":${submitted && evidenceAt > dueBy},"submission_count":${submitted ? 1 : 0},"submission_method":"${submitted ? 'manual' : 'not_submitted'}"}`;
  const brand = CARDS[cardIndexOf(account, charge)]?.brand ?? 'visa';
  return `{"id":"${ids.dispute.encode(no, row)}","object":"dispute","amount":${cols.amount[row] ?? 0},"balance_transactions":[${balanceTransactions}],"charge":"${ids.charge.encode(no, charge)}","created":${created},"currency":"${currency}","enhanced_eligibility_types":[],"evidence":${evidence(account, charge, submitted)},"evidence_details":${details},"intended_submission_method":null,"is_charge_refundable":false,"livemode":${account.livemode},"metadata":{},"payment_intent":"${ids.paymentIntent.encode(no, charge)}","payment_method_details":{"card":{"brand":"${brand}","case_type":"chargeback","network":"${brand}","network_reason_code":null},"type":"card"},"reason":"${DISPUTE_REASONS[cols.reason[row] ?? 0] ?? 'general'}","status":"${disputeStatusAt(account, row, ctx.now)}"}`;
}
