import { stripeErrors } from '../http/errors.js';
import type { Exchange, Reply } from '../http/exchange.js';
import { renderBalanceTransaction, renderPayout, renderRefund } from '../render/ledger.js';
import type { Runtime } from '../runtime.js';
import {
  TxnKind,
  type Account,
  type PayoutCols,
  type RefundCols,
  type TxnCols,
} from '../store/account.js';
import { currencyAt } from '../data/currencies.js';
import { ids } from '../util/ids.js';
import { listReply, retrieveReply, type ListSpec } from './list.js';

function refundSpec(): ListSpec<RefundCols> {
  return {
    url: '/v1/refunds',
    objectName: 'refund',
    codec: ids.refund,
    collection: (account) => account.refunds,
    render: (account, row) => renderRefund(account, row),
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

const TXN_TYPES: Readonly<Record<string, number>> = {
  charge: TxnKind.charge,
  refund: TxnKind.refund,
  adjustment: TxnKind.dispute,
  payout: TxnKind.payout,
};

function txnSpec(rt: Runtime): ListSpec<TxnCols> {
  return {
    url: '/v1/balance_transactions',
    objectName: 'balance transaction',
    codec: ids.txn,
    collection: (account) => account.txns,
    render: (account, row) => renderBalanceTransaction(account, row, rt.render()),
    filters: new Set(['type', 'currency', 'payout', 'source']),
    matcher: (exchange, account) => {
      for (const param of ['payout', 'source'])
        if (exchange.query.has(param)) throw stripeErrors.notEmulated(param);
      const type = exchange.query.get('type');
      const currency = exchange.query.get('currency');
      if (type === undefined && currency === undefined) return undefined;
      const kind = type === undefined ? -1 : (TXN_TYPES[type] ?? -2);
      const settlement = currencyAt(account.profile.currency).code;
      const cols = account.txns.cols;
      return (row) =>
        (kind === -1 || cols.kind[row] === kind) &&
        (currency === undefined || currency === settlement);
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
      return (row) => ((cols.arrival[row] ?? 0) <= now ? 'paid' : 'in_transit') === status;
    },
  };
}

/** `GET /v1/refunds` and `GET /v1/refunds/:id`. */
export const refunds = {
  list: (exchange: Exchange, account: Account): Reply => listReply(exchange, account, refundSpec()),
  retrieve: (exchange: Exchange, id: string, account: Account): Reply =>
    retrieveReply(exchange, account, id, refundSpec()),
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
