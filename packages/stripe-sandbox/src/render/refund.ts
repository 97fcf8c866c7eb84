import { currencyAt } from '../data/currencies.js';
import type { Account } from '../store/account.js';
import { REFUND_REASONS, refundReferenceAt } from '../store/ledger.js';
import { ids } from '../util/ids.js';
import { hash32 } from '../util/rng.js';
import { str, type RenderContext } from './context.js';

/** A refund's acquirer reference number (23 digits), stable per refund. */
function referenceNumber(account: Account, row: number): string {
  const part = (salt: number): string =>
    String(hash32(account.no, row, salt) % 1e8).padStart(8, '0');
  return `7${part(1)}${part(2)}${part(3).slice(0, 6)}`;
}

/** The card destination of a refund: its reference is pending until it becomes known. */
function destination(account: Account, row: number, at: number): string {
  const created = account.refunds.cols.created[row] ?? 0;
  const known = refundReferenceAt(created) <= at;
  const reference = known ? `"reference":"${referenceNumber(account, row)}",` : '';
  return `{"card":{${reference}"reference_status":"${known ? 'available' : 'pending'}","reference_type":"acquirer_reference_number","type":"refund"},"type":"card"}`;
}

/** What a `charge.refund.updated` / `refund.updated` changed: the card reference became known. */
export const REFUND_REFERENCE_PREVIOUS =
  '{"destination_details":{"card":{"reference":null,"reference_status":"pending"}}}';

/** Renders a Refund as it is at `ctx.now`. */
export function renderRefund(account: Account, row: number, ctx: RenderContext): string {
  const cols = account.refunds.cols;
  const no = account.no;
  const charge = cols.charge[row] ?? 0;
  const charges = account.charges.cols;
  const customer = charges.customer[charge] ?? -1;
  const currency = currencyAt(charges.currency[charge] ?? 0).code;
  return `{"id":"${ids.refund.encode(no, row)}","object":"refund","amount":${cols.amount[row] ?? 0},"balance_transaction":"${ids.txn.encode(no, cols.txn[row] ?? 0)}","charge":"${ids.charge.encode(no, charge)}","created":${cols.created[row] ?? 0},"currency":"${currency}","customer":${customer < 0 ? 'null' : `"${ids.customer.encode(no, customer)}"`},"customer_account":null,"destination_details":${destination(account, row, ctx.now)},"metadata":{},"payment_intent":"${ids.paymentIntent.encode(no, charge)}","payment_method":"${ids.paymentMethod.encode(no, charge)}","reason":${str(REFUND_REASONS[cols.reason[row] ?? 0] ?? null)},"receipt_number":null,"source_transfer_reversal":null,"status":"succeeded","transfer_reversal":null}`;
}
