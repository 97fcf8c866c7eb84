import type { Exchange, Reply } from '../http/exchange.js';
import { renderDispute } from '../render/dispute.js';
import type { Runtime } from '../runtime.js';
import type { Account, DisputeCols } from '../store/account.js';
import { ids } from '../util/ids.js';
import { listReply, retrieveReply, type ListSpec } from './list.js';

function disputeSpec(rt: Runtime): ListSpec<DisputeCols> {
  return {
    url: '/v1/disputes',
    objectName: 'dispute',
    codec: ids.dispute,
    collection: (account) => account.disputes,
    render: (account, row) => renderDispute(account, row, rt.render()),
    filters: new Set(['charge', 'payment_intent']),
    matcher: (exchange, account) => {
      const charge = exchange.query.get('charge');
      const intent = exchange.query.get('payment_intent');
      if (charge === undefined && intent === undefined) return undefined;
      const wanted = (codec: typeof ids.charge, id: string | undefined): number | null => {
        if (id === undefined) return null;
        const parts = codec.decode(id);
        return parts?.accountNo === account.no ? parts.seq : -1;
      };
      const byCharge = wanted(ids.charge, charge);
      const byIntent = wanted(ids.paymentIntent, intent);
      const cols = account.disputes.cols;
      return (row) =>
        (byCharge === null || cols.charge[row] === byCharge) &&
        (byIntent === null || cols.charge[row] === byIntent);
    },
  };
}

/** `GET /v1/disputes` (`charge`, `payment_intent`, `created`) and `GET /v1/disputes/:id`. */
export const disputes = {
  list: (exchange: Exchange, account: Account, rt: Runtime): Reply =>
    listReply(exchange, account, disputeSpec(rt)),
  retrieve: (exchange: Exchange, id: string, account: Account, rt: Runtime): Reply =>
    retrieveReply(exchange, account, id, disputeSpec(rt)),
};
