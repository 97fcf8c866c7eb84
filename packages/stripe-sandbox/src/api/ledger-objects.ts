import { stripeErrors } from '../http/errors.js';
import { json, type Exchange, type Reply } from '../http/exchange.js';
import { parseExpand } from '../http/expand.js';
import { refuseUnknownParams } from '../http/list-params.js';
import { renderBalance } from '../render/balance.js';
import { TXN_TYPES, renderBalanceTransaction, renderPayout } from '../render/ledger.js';
import { renderRefund } from '../render/refund.js';
import type { Runtime } from '../runtime.js';
import {
  TxnKind,
  type Account,
  type PayoutCols,
  type RefundCols,
  type TxnCols,
} from '../store/account.js';
import { currencyAt } from '../data/currencies.js';
import { ids, type IdCodec } from '../util/ids.js';
import { listReply, retrieveReply, type ListSpec } from './list.js';
import { rowOf } from './resolve.js';

/** How `/v1/refunds` lists and renders refunds. */
export function refundSpec(rt: Runtime): ListSpec<RefundCols> {
  return {
    url: '/v1/refunds',
    objectName: 'refund',
    codec: ids.refund,
    collection: (account) => account.refunds,
    render: (account, row) => renderRefund(account, row, rt.render()),
    filters: new Set(['charge', 'payment_intent']),
    matcher: (exchange, account) => {
      const id = exchange.query.get('charge') ?? exchange.query.get('payment_intent');
      if (id === undefined) return undefined;
      const parts = exchange.query.has('charge')
        ? ids.charge.decode(id)
        : ids.paymentIntent.decode(id);
      const charge = parts?.accountNo === account.no ? parts.seq : -1;
      const cols = account.refunds.cols;
      return (row) => cols.charge[row] === charge;
    },
  };
}

/** The rows a `source` id names: the entries recorded for that charge, refund, dispute or payout. */
function sourceMatcher(account: Account, id: string): (row: number) => boolean {
  const cols = account.txns.cols;
  const kinds: Record<string, { codec: IdCodec; kinds: number[] }> = {
    ch_: { codec: ids.charge, kinds: [TxnKind.charge] },
    re_: { codec: ids.refund, kinds: [TxnKind.refund] },
    dp_: {
      codec: ids.dispute,
      kinds: [TxnKind.dispute, TxnKind.disputeReversal, TxnKind.disputeFee],
    },
    po_: { codec: ids.payout, kinds: [TxnKind.payout, TxnKind.payoutFailure] },
  };
  const entry = kinds[id.slice(0, 3)];
  const parts = entry?.codec.decode(id);
  if (entry === undefined || parts?.accountNo !== account.no) return () => false;
  return (row) => cols.source[row] === parts.seq && entry.kinds.includes(cols.kind[row] ?? -1);
}

function txnSpec(rt: Runtime): ListSpec<TxnCols> {
  return {
    url: '/v1/balance_transactions',
    objectName: 'balance transaction',
    codec: ids.txn,
    collection: (account) => account.txns,
    render: (account, row) => renderBalanceTransaction(account, row, rt.render()),
    filters: new Set(['type', 'currency', 'payout', 'source']),
    index: (exchange, account) => {
      const id = exchange.query.get('payout');
      if (id === undefined) return undefined;
      const payout = rowOf(account, account.payouts, ids.payout, 'payout', id, 'payout');
      const txns = account.txns;
      return account.ledger.settledBy(payout, (row) => txns.cols.created[row] ?? 0);
    },
    matcher: (exchange, account) => {
      const type = exchange.query.get('type');
      const currency = exchange.query.get('currency');
      const source = exchange.query.get('source');
      if (type === undefined && currency === undefined && source === undefined) return undefined;
      const settlement = currencyAt(account.profile.currency).code;
      const fromSource = source === undefined ? () => true : sourceMatcher(account, source);
      const cols = account.txns.cols;
      return (row) =>
        (type === undefined || TXN_TYPES[cols.kind[row] ?? 0] === type) &&
        (currency === undefined || currency === settlement) &&
        fromSource(row);
    },
  };
}

function payoutSpec(rt: Runtime): ListSpec<PayoutCols> {
  return {
    url: '/v1/payouts',
    objectName: 'payout',
    codec: ids.payout,
    collection: (account) => account.payouts,
    render: (account, row) => renderPayout(account, row, rt.render()),
    filters: new Set(['status', 'arrival_date', 'destination']),
    matcher: (exchange, account) => {
      for (const param of ['arrival_date', 'destination'])
        if (exchange.query.has(param)) throw stripeErrors.notEmulated(param);
      const status = exchange.query.get('status');
      if (status === undefined) return undefined;
      const now = rt.clock.now();
      const cols = account.payouts.cols;
      const statusOf = (row: number): string => {
        if ((cols.arrival[row] ?? 0) > now) return 'in_transit';
        return (cols.failure[row] ?? 0) > 0 ? 'failed' : 'paid';
      };
      return (row) => statusOf(row) === status;
    },
  };
}

/** `GET /v1/refunds` and `GET /v1/refunds/:id`. */
export const refunds = {
  list: (exchange: Exchange, account: Account, rt: Runtime): Reply =>
    listReply(exchange, account, refundSpec(rt)),
  retrieve: (exchange: Exchange, id: string, account: Account, rt: Runtime): Reply =>
    retrieveReply(exchange, account, id, refundSpec(rt)),
};

/** `GET /v1/balance_transactions` and `GET /v1/balance_transactions/:id`. */
export const balanceTransactions = {
  list: (exchange: Exchange, account: Account, rt: Runtime): Reply =>
    listReply(exchange, account, txnSpec(rt)),
  retrieve: (exchange: Exchange, id: string, account: Account, rt: Runtime): Reply =>
    retrieveReply(exchange, account, id, txnSpec(rt)),
};

/** `GET /v1/payouts` and `GET /v1/payouts/:id`. */
export const payouts = {
  list: (exchange: Exchange, account: Account, rt: Runtime): Reply =>
    listReply(exchange, account, payoutSpec(rt)),
  retrieve: (exchange: Exchange, id: string, account: Account, rt: Runtime): Reply =>
    retrieveReply(exchange, account, id, payoutSpec(rt)),
};

/** `GET /v1/balance`: available and pending funds in the settlement currency. */
export function retrieveBalance(exchange: Exchange, account: Account, rt: Runtime): Reply {
  refuseUnknownParams(exchange.query);
  parseExpand(exchange.params, [], false);
  return json(200, renderBalance(account, rt.clock.now()));
}
