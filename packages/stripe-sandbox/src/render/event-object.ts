import type { Account, EventType } from '../store/account.js';
import { disputeStatusAt } from '../store/disputes.js';
import { renderBalance } from './balance.js';
import { renderCharge } from './charge.js';
import type { RenderContext } from './context.js';
import { renderDispute } from './dispute.js';
import { renderPayout } from './ledger.js';
import { REFUND_REFERENCE_PREVIOUS, renderRefund } from './refund.js';

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
    return renderRefund(account, source, ctx);
  if (type === 'charge.refunded') {
    const charge = account.refunds.cols.charge[source] ?? 0;
    return renderCharge(account, charge, ctx, {
      amountRefunded: account.refunds.cols.refundedAfter[source] ?? 0,
      disputed: false,
    });
  }
  return renderCharge(account, source, ctx, { amountRefunded: 0, disputed: false });
}

const EVIDENCE_BEFORE =
  '"evidence":{"product_description":null,"uncategorized_text":null},"evidence_details":{"has_evidence":false,"submission_count":0,"submission_method":"not_submitted"}';

/** The `previous_attributes` of an event about row `source` at `at`: what it changed, or null. */
export function previousAttributesOf(
  account: Account,
  type: EventType,
  source: number,
  at: number,
): string | null {
  if (type === 'charge.refunded') {
    const refunds = account.refunds.cols;
    const before = (refunds.refundedAfter[source] ?? 0) - (refunds.amount[source] ?? 0);
    return `{"amount_refunded":${before},"refunded":false}`;
  }
  if (type === 'charge.refund.updated' || type === 'refund.updated')
    return REFUND_REFERENCE_PREVIOUS;
  if (type === 'charge.dispute.updated') return `{${EVIDENCE_BEFORE},"status":"needs_response"}`;
  if (type === 'charge.dispute.closed')
    return `{"status":"${disputeStatusAt(account, source, at - 1)}"}`;
  return null;
}
