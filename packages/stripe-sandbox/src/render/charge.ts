import type { Account } from '../store/account.js';
import { blankView, fill, scratch, type ChargeState, type ChargeView } from './charge-view.js';
import { f } from './charge-fields.js';
import type { RenderContext } from './context.js';
import { jsonTemplate, type ByteWriter, type Template } from './template.js';

export type { ChargeState } from './charge-view.js';

/**
 * Stripe's Charge object (API versions from 2022-11-15 on: no embedded
 * `refunds` list), for a succeeded charge. Keys in Stripe's order.
 */
const succeededTemplate = jsonTemplate<ChargeView>`{
  "id":"${f.id}","object":"charge",
  "amount":${f.amount},"amount_captured":${f.amount},"amount_refunded":${f.refunded},
  "application":null,"application_fee":null,"application_fee_amount":null,
  "balance_transaction":${f.txn},
  "billing_details":{
    "address":{"city":null,"country":null,"line1":null,"line2":null,"postal_code":"${f.postalCode}","state":null},
    "email":null,"name":${f.name},"phone":null,"tax_id":null},
  "calculated_statement_descriptor":${f.descriptor},
  "captured":true,"created":${f.created},"currency":"${f.currency}","customer":${f.customer},
  "description":${f.description},"disputed":${f.disputed},
  "failure_balance_transaction":null,"failure_code":null,"failure_message":null,"fraud_details":{},
  "livemode":${f.livemode},"metadata":${f.metadata},"on_behalf_of":null,
  "outcome":{"advice_code":null,"network_advice_code":null,"network_decline_code":null,
    "network_status":"approved_by_network","reason":null,"risk_level":"normal","risk_score":${f.risk},
    "seller_message":"Payment complete.","type":"authorized"},
  "paid":true,"payment_intent":"${f.paymentIntent}","payment_method":"${f.paymentMethod}",
  "payment_method_details":{"card":{
    "amount_authorized":${f.amount},"authorization_code":"${f.authorization}",${f.cardHead}${f.expMonth},"exp_year":${f.expYear},
    "extended_authorization":{"status":"disabled"},"fingerprint":"${f.fingerprint}${f.cardTail}${f.network}",
    "overcapture":{"maximum_amount_capturable":${f.amount},"status":"unavailable"},
    "regulated_status":"unregulated","three_d_secure":null,"transaction_link_id":null,"wallet":null},"type":"card"},
  "radar_options":{},"receipt_email":null,"receipt_number":null,"receipt_url":${f.receipt},
  "refunded":${f.fullyRefunded},"review":null,"shipping":null,"source":null,"source_transfer":null,
  "statement_descriptor":null,"statement_descriptor_suffix":null,"status":"succeeded",
  "transfer_data":null,"transfer_group":null}`;

/** The same object for a failed (declined) charge. */
const failedTemplate = jsonTemplate<ChargeView>`{
  "id":"${f.id}","object":"charge",
  "amount":${f.amount},"amount_captured":0,"amount_refunded":${f.refunded},
  "application":null,"application_fee":null,"application_fee_amount":null,
  "balance_transaction":null,
  "billing_details":{
    "address":{"city":null,"country":null,"line1":null,"line2":null,"postal_code":"${f.postalCode}","state":null},
    "email":null,"name":${f.name},"phone":null,"tax_id":null},
  "calculated_statement_descriptor":${f.descriptor},
  "captured":false,"created":${f.created},"currency":"${f.currency}","customer":${f.customer},
  "description":${f.description},"disputed":${f.disputed},
  "failure_balance_transaction":null,"failure_code":${f.failureCode},"failure_message":${f.failureMessage},"fraud_details":{},
  "livemode":${f.livemode},"metadata":${f.metadata},"on_behalf_of":null,
  "outcome":{"advice_code":null,"network_advice_code":null,"network_decline_code":null,${f.outcome}},
  "paid":false,"payment_intent":"${f.paymentIntent}","payment_method":"${f.paymentMethod}",
  "payment_method_details":{"card":{
    "amount_authorized":null,"authorization_code":null,${f.cardHead}${f.expMonth},"exp_year":${f.expYear},
    "extended_authorization":{"status":"disabled"},"fingerprint":"${f.fingerprint}${f.cardTail}${f.network}",
    "overcapture":{"maximum_amount_capturable":${f.amount},"status":"unavailable"},
    "regulated_status":"unregulated","three_d_secure":null,"transaction_link_id":null,"wallet":null},"type":"card"},
  "radar_options":{},"receipt_email":null,"receipt_number":null,"receipt_url":null,
  "refunded":false,"review":null,"shipping":null,"source":null,"source_transfer":null,
  "statement_descriptor":null,"statement_descriptor_suffix":null,"status":"failed",
  "transfer_data":null,"transfer_group":null}`;

const templateOf = (v: ChargeView): Template<ChargeView> =>
  v.failure === undefined ? succeededTemplate : failedTemplate;

/** Appends a charge's JSON to a page being written. */
export function writeCharge(
  out: ByteWriter,
  account: Account,
  row: number,
  ctx: RenderContext,
): void {
  const v = fill(scratch, account, row, ctx);
  templateOf(v).write(out, v);
}

/** A charge's JSON as text; `state` renders it as it was at another moment. */
export function renderCharge(
  account: Account,
  row: number,
  ctx: RenderContext,
  state?: ChargeState,
): string {
  const v = fill(blankView(), account, row, ctx, state);
  return templateOf(v).text(v);
}
