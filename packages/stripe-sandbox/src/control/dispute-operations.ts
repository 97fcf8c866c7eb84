import { renderDispute } from '../render/dispute.js';
import type { Runtime } from '../runtime.js';
import { ChargeStatus, type Account, type EventType } from '../store/account.js';
import {
  DISPUTE_REASONS,
  closeDispute,
  disputeStatusAt,
  recordDispute,
  submitEvidence,
  type DisputeOutcome,
} from '../store/disputes.js';
import { previousAttributesOf } from '../render/event-object.js';
import { ControlError } from './control-error.js';

/** Why a dispute was opened. */
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

function emit(rt: Runtime, account: Account, dispute: number, types: EventType[]): void {
  const now = rt.clock.now();
  const object = renderDispute(account, dispute, rt.render());
  for (const type of types)
    rt.accounts.events.emit(
      account,
      type,
      now,
      object,
      previousAttributesOf(account, type, dispute, now),
    );
}

/**
 * Opens a dispute on a charge: `charge.dispute.created`, then
 * `charge.dispute.funds_withdrawn` as the amount and the fee leave the balance.
 */
export function disputeCharge(
  rt: Runtime,
  account: Account,
  charge: number,
  reason: DisputeReason = 'fraudulent',
): number {
  const cols = account.charges.cols;
  if (cols.status[charge] !== ChargeStatus.succeeded)
    throw new ControlError(409, 'Only a succeeded charge can be disputed');
  if (cols.disputed[charge] === 1) throw new ControlError(409, 'This charge is already disputed');
  const row = recordDispute(account, charge, rt.clock.now(), DISPUTE_REASONS.indexOf(reason));
  emit(rt, account, row, ['charge.dispute.created', 'charge.dispute.funds_withdrawn']);
  return row;
}

function openStatus(rt: Runtime, account: Account, dispute: number): string {
  const status = disputeStatusAt(account, dispute, rt.clock.now());
  if (status === 'won' || status === 'lost')
    throw new ControlError(409, `This dispute is already closed (${status})`);
  return status;
}

/** The merchant submits evidence: the dispute goes under review (`charge.dispute.updated`). */
export function submitDisputeEvidence(rt: Runtime, account: Account, dispute: number): void {
  if (openStatus(rt, account, dispute) !== 'needs_response')
    throw new ControlError(409, 'Evidence was already submitted for this dispute');
  submitEvidence(account, dispute, rt.clock.now());
  emit(rt, account, dispute, ['charge.dispute.updated']);
}

/**
 * The card network decides: `charge.dispute.closed`, and for a won dispute
 * `charge.dispute.funds_reinstated` as the disputed amount comes back.
 */
export function decideDispute(
  rt: Runtime,
  account: Account,
  dispute: number,
  outcome: DisputeOutcome,
): void {
  openStatus(rt, account, dispute);
  closeDispute(account, dispute, outcome, rt.clock.now());
  emit(
    rt,
    account,
    dispute,
    outcome === 'won'
      ? ['charge.dispute.closed', 'charge.dispute.funds_reinstated']
      : ['charge.dispute.closed'],
  );
}
