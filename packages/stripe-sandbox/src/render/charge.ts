import { CARDS, FAILURES, type FailureKind } from '../data/catalog.js';
import { currencyAt } from '../data/currencies.js';
import { ChargeStatus, type Account } from '../store/account.js';
import { ids, type IdCodec } from '../util/ids.js';
import { descriptions, metadataValues } from '../util/interner.js';
import { hash32 } from '../util/rng.js';
import type { RenderContext } from './context.js';
import { jsonTemplate, type ByteWriter, type JsonPiece } from './template.js';

const NAMES = ['"Jenny Rosen"', '"Ana Souza"', '"Kenji Watanabe"', '"Fatima Al-Sabah"', '"Oliver Smith"', '"Chlo\\u00e9 Martin"', '"Lars Nilsson"', 'null'];
const CARD_SALT = 0xca7d;
const FINGERPRINTS = Array.from({ length: 997 }, (_, i) => ids.paymentMethod.encode(0, i).slice(12, 28));
const DEFAULT_CARD = { brand: 'visa', last4: '4242', country: 'US', funding: 'credit' };

/** What a charge looks like at a moment: now, or as it was when created. */
export interface ChargeState {
  amountRefunded: number;
  disputed: boolean;
}

interface ChargeView {
  account: Account;
  row: number;
  ctx: RenderContext;
  state: ChargeState;
  amount: number;
  succeeded: boolean;
  failure: FailureKind | undefined;
  card: (typeof CARDS)[number];
  /** Per-charge hash: stable pseudo-random card details. */
  h: number;
  customer: number;
}

const quoted = (text: string): string => `"${text}"`;
const orNull = (text: string | undefined): string => (text === undefined ? 'null' : quoted(text));

function outcome(v: ChargeView): string {
  const risk = 5 + ((v.h >>> 12) % 60);
  const f = v.failure;
  if (f === undefined) {
    return `{"advice_code":null,"network_advice_code":null,"network_decline_code":null,"network_status":"approved_by_network","reason":null,"risk_level":"normal","risk_score":${risk},"seller_message":"Payment complete.","type":"authorized"}`;
  }
  return `{"advice_code":null,"network_advice_code":null,"network_decline_code":null,"network_status":"${f.networkStatus}","reason":"${f.reason}","risk_level":"normal","risk_score":${risk},"seller_message":${JSON.stringify(f.sellerMessage)},"type":"${f.outcomeType}"}`;
}

const QUOTE = Buffer.from('"');

/** Writes `"<id>"`, or `null` when `seq` is negative. */
function quotedId(out: ByteWriter, codec: IdCodec, accountNo: number, seq: number): JsonPiece {
  if (seq < 0) return 'null';
  out.raw(QUOTE);
  out.id(codec, accountNo, seq);
  return QUOTE;
}

const txnId = (v: ChargeView, out: ByteWriter): JsonPiece =>
  quotedId(out, ids.txn, v.account.no, v.account.charges.cols.txn[v.row] ?? -1);
const customerId = (v: ChargeView, out: ByteWriter): JsonPiece => quotedId(out, ids.customer, v.account.no, v.customer);
const ownId = (codec: IdCodec) => (v: ChargeView, out: ByteWriter): JsonPiece => {
  out.id(codec, v.account.no, v.row);
  return '';
};
const receiptUrl = (v: ChargeView, out: ByteWriter): JsonPiece => {
  if (!v.succeeded) return 'null';
  out.text(`"${v.ctx.baseUrl}/receipts/`);
  out.id(ids.charge, v.account.no, v.row);
  return QUOTE;
};
const col = (v: ChargeView) => v.account.charges.cols;
const ifPaid = (v: ChargeView, value: JsonPiece): JsonPiece => (v.succeeded ? value : 'null');

/** Stripe's Charge object (API versions from 2022-11-15 on: no embedded `refunds` list). */
const chargeTemplate = jsonTemplate<ChargeView>`{
  "id":"${ownId(ids.charge)}","object":"charge",
  "amount":${(v) => v.amount},
  "amount_captured":${(v) => (v.succeeded ? v.amount : 0)},
  "amount_refunded":${(v) => v.state.amountRefunded},
  "application":null,"application_fee":null,"application_fee_amount":null,
  "balance_transaction":${txnId},
  "billing_details":{
    "address":{"city":null,"country":null,"line1":null,"line2":null,"postal_code":"${(v) => 10000 + (v.h % 89999)}","state":null},
    "email":null,"name":${(v) => NAMES[(v.h >>> 8) % NAMES.length] ?? 'null'},"phone":null,"tax_id":null},
  "calculated_statement_descriptor":${(v) => v.account.descriptorJson},
  "captured":${(v) => v.succeeded},
  "created":${(v) => col(v).created[v.row] ?? 0},
  "currency":"${(v) => currencyAt(col(v).currency[v.row] ?? 0).code}",
  "customer":${customerId},
  "description":${(v) => descriptions.bytes(col(v).description[v.row] ?? 0)},
  "disputed":${(v) => v.state.disputed},
  "failure_balance_transaction":null,
  "failure_code":${(v) => orNull(v.failure?.failureCode)},
  "failure_message":${(v) => (v.failure === undefined ? 'null' : JSON.stringify(v.failure.failureMessage))},
  "fraud_details":{},
  "livemode":${(v) => v.account.livemode},
  "metadata":${(v) => metadataValues.bytes(col(v).metadata[v.row] ?? 0)},
  "on_behalf_of":null,
  "outcome":${outcome},
  "paid":${(v) => v.succeeded},
  "payment_intent":"${ownId(ids.paymentIntent)}",
  "payment_method":"${ownId(ids.paymentMethod)}",
  "payment_method_details":{"card":{
    "amount_authorized":${(v) => ifPaid(v, v.amount)},
    "authorization_code":${(v) => ifPaid(v, quoted(String(100000 + (v.h % 899999))))},
    "brand":"${(v) => v.card.brand}",
    "checks":{"address_line1_check":null,"address_postal_code_check":"pass","cvc_check":"pass"},
    "country":"${(v) => v.card.country}",
    "exp_month":${(v) => 1 + ((v.h >>> 4) % 12)},"exp_year":${(v) => 2027 + ((v.h >>> 9) % 5)},
    "extended_authorization":{"status":"disabled"},
    "fingerprint":"${(v) => FINGERPRINTS[v.h % FINGERPRINTS.length] ?? ''}",
    "funding":"${(v) => v.card.funding}",
    "incremental_authorization":{"status":"unavailable"},"installments":null,
    "last4":"${(v) => v.card.last4}",
    "mandate":null,"multicapture":{"status":"unavailable"},
    "network":"${(v) => v.card.brand}","network_token":{"used":false},
    "network_transaction_id":"${(v) => v.h}",
    "overcapture":{"maximum_amount_capturable":${(v) => v.amount},"status":"unavailable"},
    "regulated_status":"unregulated","three_d_secure":null,"wallet":null},"type":"card"},
  "radar_options":{},"receipt_email":null,"receipt_number":null,
  "receipt_url":${receiptUrl},
  "refunded":${(v) => v.state.amountRefunded > 0 && v.state.amountRefunded >= v.amount},
  "review":null,"shipping":null,"source":null,"source_transfer":null,
  "statement_descriptor":null,"statement_descriptor_suffix":null,
  "status":"${(v) => (v.succeeded ? 'succeeded' : 'failed')}",
  "transfer_data":null,"transfer_group":null}`;

function view(account: Account, row: number, ctx: RenderContext, state?: ChargeState): ChargeView {
  const cols = account.charges.cols;
  const succeeded = cols.status[row] === ChargeStatus.succeeded;
  const h = hash32(account.no, row, CARD_SALT);
  return {
    account,
    row,
    ctx,
    state: state ?? { amountRefunded: cols.amountRefunded[row] ?? 0, disputed: cols.disputed[row] === 1 },
    amount: cols.amount[row] ?? 0,
    succeeded,
    failure: succeeded ? undefined : FAILURES[cols.failure[row] ?? 0],
    card: CARDS[h % CARDS.length] ?? DEFAULT_CARD,
    h,
    customer: cols.customer[row] ?? -1,
  };
}

/** Appends a charge's JSON to a page being written. */
export function writeCharge(out: ByteWriter, account: Account, row: number, ctx: RenderContext): void {
  chargeTemplate.write(out, view(account, row, ctx));
}

/** A charge's JSON as text; `state` renders it as it was at another moment. */
export function renderCharge(account: Account, row: number, ctx: RenderContext, state?: ChargeState): string {
  return chargeTemplate.text(view(account, row, ctx, state));
}
