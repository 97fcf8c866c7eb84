import { CARDS, FAILURES, type FailureKind } from '../data/catalog.js';
import { CURRENCIES } from '../data/currencies.js';
import { Account, ChargeStatus } from '../store/account.js';
import { ids, type IdCodec } from '../util/ids.js';
import { descriptions, metadataValues } from '../util/interner.js';
import { hash32 } from '../util/rng.js';
import type { RenderContext } from './context.js';
import { renderBalanceTransaction } from './ledger.js';
import { jsonTemplate, type ByteWriter, type JsonPiece, type Template } from './template.js';

const NAMES = [
  '"Jenny Rosen"',
  '"Ana Souza"',
  '"Kenji Watanabe"',
  '"Fatima Al-Sabah"',
  '"Oliver Smith"',
  '"Chlo\\u00e9 Martin"',
  '"Lars Nilsson"',
  'null',
].map((name) => Buffer.from(name));
const CARD_SALT = 0xca7d;
const FINGERPRINTS = Array.from({ length: 997 }, (_, i) =>
  Buffer.from(ids.paymentMethod.encode(0, i).slice(12, 28)),
);
const CURRENCY_CODES = CURRENCIES.map((currency) => Buffer.from(currency.code));
const QUOTE = Buffer.from('"');
const NULL = Buffer.from('null');

/** Per card: the card's fields from `brand` to `exp_month`, and from `funding` to `network_transaction_id`. */
const CARD_HEADS = CARDS.map((card) =>
  Buffer.from(
    `"brand":"${card.brand}","checks":{"address_line1_check":null,"address_postal_code_check":"pass","cvc_check":"pass"},"country":"${card.country}","exp_month":`,
  ),
);
const CARD_TAILS = CARDS.map((card) =>
  Buffer.from(
    `","funding":"${card.funding}","incremental_authorization":{"status":"unavailable"},"installments":null,"last4":"${card.last4}","mandate":null,"multicapture":{"status":"unavailable"},"network":"${card.brand}","network_token":{"used":false},"network_transaction_id":"`,
  ),
);

/** What a charge looks like at a moment: now, or as it was when created. */
export interface ChargeState {
  amountRefunded: number;
  disputed: boolean;
}

interface ChargeView extends ChargeState {
  account: Account;
  row: number;
  ctx: RenderContext;
  amount: number;
  failure: FailureKind | undefined;
  card: number;
  /** Per-charge hash: stable pseudo-random card details. */
  h: number;
  customer: number;
}

let receiptBase = { url: '', bytes: Buffer.from('"/receipts/') };

/** `"<base url>/receipts/` as bytes, rebuilt only when the base URL changes. */
function receiptPrefix(baseUrl: string): Buffer {
  if (receiptBase.url !== baseUrl) {
    receiptBase = { url: baseUrl, bytes: Buffer.from(`"${baseUrl}/receipts/`) };
  }
  return receiptBase.bytes;
}

/** Writes `"<id>"`, or `null` when `seq` is negative. */
function quotedId(out: ByteWriter, codec: IdCodec, accountNo: number, seq: number): JsonPiece {
  if (seq < 0) return NULL;
  out.raw(QUOTE);
  out.id(codec, accountNo, seq);
  return QUOTE;
}

const col = (v: ChargeView) => v.account.charges.cols;
const ownId =
  (codec: IdCodec) =>
  (v: ChargeView, out: ByteWriter): JsonPiece => {
    out.id(codec, v.account.no, v.row);
    return '';
  };

/** The fields both templates share, by name. */
const f = {
  id: ownId(ids.charge),
  paymentIntent: ownId(ids.paymentIntent),
  paymentMethod: ownId(ids.paymentMethod),
  amount: (v: ChargeView): JsonPiece => v.amount,
  refunded: (v: ChargeView): JsonPiece => v.amountRefunded,
  fullyRefunded: (v: ChargeView): JsonPiece => v.amountRefunded > 0 && v.amountRefunded >= v.amount,
  txn: (v: ChargeView, out: ByteWriter): JsonPiece => {
    const txn = col(v).txn[v.row] ?? -1;
    if (txn >= 0 && v.ctx.expandBalanceTransaction === true) {
      return renderBalanceTransaction(v.account, txn, v.ctx);
    }
    return quotedId(out, ids.txn, v.account.no, txn);
  },
  customer: (v: ChargeView, out: ByteWriter): JsonPiece =>
    quotedId(out, ids.customer, v.account.no, v.customer),
  postalCode: (v: ChargeView): JsonPiece => 10000 + (v.h % 89999),
  name: (v: ChargeView): JsonPiece => NAMES[(v.h >>> 8) % NAMES.length] ?? NULL,
  descriptor: (v: ChargeView): JsonPiece => v.account.descriptorJson,
  created: (v: ChargeView): JsonPiece => col(v).created[v.row] ?? 0,
  currency: (v: ChargeView): JsonPiece => CURRENCY_CODES[col(v).currency[v.row] ?? 0] ?? '',
  description: (v: ChargeView): JsonPiece => descriptions.bytes(col(v).description[v.row] ?? 0),
  disputed: (v: ChargeView): JsonPiece => v.disputed,
  livemode: (v: ChargeView): JsonPiece => v.account.livemode,
  metadata: (v: ChargeView): JsonPiece => metadataValues.bytes(col(v).metadata[v.row] ?? 0),
  risk: (v: ChargeView): JsonPiece => 5 + ((v.h >>> 12) % 60),
  authorization: (v: ChargeView): JsonPiece => 100000 + (v.h % 899999),
  cardHead: (v: ChargeView): JsonPiece => CARD_HEADS[v.card] ?? '',
  expMonth: (v: ChargeView): JsonPiece => 1 + ((v.h >>> 4) % 12),
  expYear: (v: ChargeView): JsonPiece => 2027 + ((v.h >>> 9) % 5),
  fingerprint: (v: ChargeView): JsonPiece => FINGERPRINTS[v.h % FINGERPRINTS.length] ?? '',
  cardTail: (v: ChargeView): JsonPiece => CARD_TAILS[v.card] ?? '',
  network: (v: ChargeView): JsonPiece => v.h,
  receipt: (v: ChargeView, out: ByteWriter): JsonPiece => {
    out.raw(receiptPrefix(v.ctx.baseUrl));
    out.id(ids.charge, v.account.no, v.row);
    return QUOTE;
  },
  failureCode: (v: ChargeView): JsonPiece => `"${v.failure?.failureCode ?? ''}"`,
  failureMessage: (v: ChargeView): JsonPiece => JSON.stringify(v.failure?.failureMessage ?? ''),
  outcome: (v: ChargeView): JsonPiece => {
    const failure = v.failure;
    if (failure === undefined) return '';
    return `"network_status":"${failure.networkStatus}","reason":"${failure.reason}","risk_level":"normal","risk_score":${5 + ((v.h >>> 12) % 60)},"seller_message":${JSON.stringify(failure.sellerMessage)},"type":"${failure.outcomeType}"`;
  },
};

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
    "regulated_status":"unregulated","three_d_secure":null,"wallet":null},"type":"card"},
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
    "regulated_status":"unregulated","three_d_secure":null,"wallet":null},"type":"card"},
  "radar_options":{},"receipt_email":null,"receipt_number":null,"receipt_url":null,
  "refunded":false,"review":null,"shipping":null,"source":null,"source_transfer":null,
  "statement_descriptor":null,"statement_descriptor_suffix":null,"status":"failed",
  "transfer_data":null,"transfer_group":null}`;

/** Fills `into` with what the templates read for one charge, and returns it. */
function fill(
  into: ChargeView,
  account: Account,
  row: number,
  ctx: RenderContext,
  state?: ChargeState,
): ChargeView {
  const cols = account.charges.cols;
  const h = hash32(account.no, row, CARD_SALT);
  into.account = account;
  into.row = row;
  into.ctx = ctx;
  into.amountRefunded = state?.amountRefunded ?? cols.amountRefunded[row] ?? 0;
  into.disputed = state?.disputed ?? cols.disputed[row] === 1;
  into.amount = cols.amount[row] ?? 0;
  into.failure =
    cols.status[row] === ChargeStatus.succeeded ? undefined : FAILURES[cols.failure[row] ?? 0];
  into.card = h % CARDS.length;
  into.h = h;
  into.customer = cols.customer[row] ?? -1;
  return into;
}

const NO_ACCOUNT = new Account({
  no: -1,
  id: '',
  livemode: false,
  currency: 0,
  businessName: '',
  country: '',
});

/** A view that renders nothing meaningful until `fill` sets it. */
const blankView = (): ChargeView => ({
  account: NO_ACCOUNT,
  row: 0,
  ctx: { baseUrl: '', now: 0 },
  amountRefunded: 0,
  disputed: false,
  amount: 0,
  failure: undefined,
  card: 0,
  h: 0,
  customer: -1,
});

// Rendering is synchronous, so list pages reuse one view instead of allocating one per charge.
const scratch = blankView();

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
