import { createCharge } from '../control/operations.js';
import { stripeErrors } from '../http/errors.js';
import type { Exchange, Reply } from '../http/exchange.js';
import { renderCharge, writeCharge } from '../render/charge.js';
import type { RenderContext } from '../render/context.js';
import type { Runtime } from '../runtime.js';
import type { Account, ChargeCols } from '../store/account.js';
import { ids } from '../util/ids.js';
import { listReply, retrieveReply, type ListSpec } from './list.js';

const EXTRA_CHARGE_AMOUNTS = [1500, 4200, 999, 12000];

function chargeSpec(rt: Runtime): ListSpec<ChargeCols> {
  const plain = rt.render();
  const expanded = { ...plain, expandBalanceTransaction: true };
  const ctx = (expand: ReadonlySet<string>): RenderContext =>
    expand.has('balance_transaction') ? expanded : plain;
  return {
    url: '/v1/charges',
    objectName: 'charge',
    codec: ids.charge,
    collection: (account: Account) => account.charges,
    render: (account, row, expand) => renderCharge(account, row, ctx(expand)),
    write: (out, account, row, expand) => writeCharge(out, account, row, ctx(expand)),
    expandable: ['balance_transaction'],
    filters: new Set(['customer', 'payment_intent', 'transfer_group']),
    matcher: (exchange: Exchange, account: Account) => {
      if (exchange.query.has('transfer_group')) throw stripeErrors.notEmulated('transfer_group');
      const customer = exchange.query.get('customer');
      const intent = exchange.query.get('payment_intent');
      if (customer === undefined && intent === undefined) return undefined;
      const wantCustomer = customer === undefined ? null : ids.customer.decode(customer);
      const wantIntent = intent === undefined ? null : ids.paymentIntent.decode(intent);
      const cols = account.charges.cols;
      return (row: number) =>
        (customer === undefined ||
          (wantCustomer?.accountNo === account.no && cols.customer[row] === wantCustomer.seq)) &&
        (intent === undefined || (wantIntent?.accountNo === account.no && wantIntent.seq === row));
    },
  };
}

/** `GET /v1/charges`; the "charges while paging" fault adds charges before each page. */
export function listCharges(exchange: Exchange, account: Account, rt: Runtime): Reply {
  const extra = rt.faults.for(account.id).chargesWhilePaging ?? 0;
  for (let i = 0; i < extra; i += 1) {
    createCharge(rt, account, {
      amount: EXTRA_CHARGE_AMOUNTS[i % EXTRA_CHARGE_AMOUNTS.length] ?? 1000,
      description: 'Charge created while paging',
    });
  }
  return listReply(exchange, account, chargeSpec(rt));
}

/** `GET /v1/charges/:id`. */
export function retrieveCharge(
  exchange: Exchange,
  id: string,
  account: Account,
  rt: Runtime,
): Reply {
  return retrieveReply(exchange, account, id, chargeSpec(rt));
}
