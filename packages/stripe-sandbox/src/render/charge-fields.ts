import { CARDS } from '../data/catalog.js';
import { CURRENCIES } from '../data/currencies.js';
import { ids, type IdCodec } from '../util/ids.js';
import { descriptions, metadataValues } from '../util/interner.js';
import type { ChargeView } from './charge-view.js';
import { renderBalanceTransaction } from './ledger.js';
import type { ByteWriter, JsonPiece } from './template.js';

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
const FINGERPRINTS = Array.from({ length: 997 }, (_, i) =>
  Buffer.from(ids.paymentMethod.encode(0, i).slice(12, 28)),
);
const CURRENCY_CODES = CURRENCIES.map((currency) => Buffer.from(currency.code));
const QUOTE = Buffer.from('"');
const NULL = Buffer.from('null');

/** Per card: the card's fields from `brand` to `exp_month`, and from `funding` to `network_transaction_id`. */
const CARD_HEADS = CARDS.map((card) =>
  Buffer.from(
    `"brand":"${card.brand}","checks":{"address_line1_check":null,"address_postal_code_check":"pass","cvc_check":"pass"},"country":"${card.country}","electronic_commerce_indicator":null,"exp_month":`,
  ),
);
const CARD_TAILS = CARDS.map((card) =>
  Buffer.from(
    `","funding":"${card.funding}","incremental_authorization":{"status":"unavailable"},"installments":null,"last4":"${card.last4}","mandate":null,"multicapture":{"status":"unavailable"},"network":"${card.brand}","network_token":{"used":false},"network_transaction_id":"`,
  ),
);

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
export const f = {
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
