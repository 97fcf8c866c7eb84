import type { Account, EventType } from '../store/account.js';
import { renderBalance } from './balance.js';
import { renderCharge } from './charge.js';
import type { RenderContext } from './context.js';
import { renderDispute, renderPayout, renderRefund } from './ledger.js';

/**
 * The `data.object` of an event about row `source`, as it was when the event
 * happened (`ctx.now`): what both a delivered webhook and a generated event show.
 */
export function renderEventObject(
  account: Account,
  type: EventType,
  source: number,
  ctx: RenderContext,
): string {
  if (type.startsWith('payout.')) return renderPayout(account, source, ctx);
  if (type.startsWith('charge.dispute.')) return renderDispute(account, source, ctx);
  if (type === 'balance.available') return renderBalance(account, ctx.now);
  if (type.startsWith('refund.') || type === 'charge.refund.updated')
    return renderRefund(account, source);
  if (type === 'charge.refunded') {
    const charge = account.refunds.cols.charge[source] ?? 0;
    return renderCharge(account, charge, ctx, {
      amountRefunded: account.refunds.cols.refundedAfter[source] ?? 0,
      disputed: false,
    });
  }
  return renderCharge(account, source, ctx, { amountRefunded: 0, disputed: false });
}
