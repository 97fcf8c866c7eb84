import { currencyAt } from '../data/currencies.js';
import { TxnKind, type Account } from './account.js';
import { recordTxn, settleAt } from './ledger.js';

const DAY = 86_400;

/** Dispute reasons as stored. */
export const DISPUTE_REASONS = [
  'general',
  'fraudulent',
  'product_not_received',
  'product_unacceptable',
  'duplicate',
  'subscription_canceled',
] as const;

/** How a dispute ends, as stored; #0 means it is still open. */
export const DISPUTE_OUTCOMES = [null, 'won', 'lost'] as const;
/** A closed dispute's outcome. */
export type DisputeOutcome = 'won' | 'lost';

/** Days the merchant has to respond before `evidence_details.due_by`. */
export const EVIDENCE_DAYS = 7;

/** Stripe's dispute status as it was at `at`. */
export function disputeStatusAt(account: Account, row: number, at: number): string {
  const cols = account.disputes.cols;
  const closedAt = cols.closedAt[row] ?? 0;
  if (closedAt > 0 && closedAt <= at) return DISPUTE_OUTCOMES[cols.outcome[row] ?? 0] ?? 'lost';
  const evidenceAt = cols.evidenceAt[row] ?? 0;
  return evidenceAt > 0 && evidenceAt <= at ? 'under_review' : 'needs_response';
}

/**
 * Records a dispute on a charge: the disputed amount (at the rate of the
 * dispute's day) and the dispute fee (a fixed amount in the settlement
 * currency) leave the balance in one `adjustment`.
 */
export function recordDispute(
  account: Account,
  charge: number,
  created: number,
  reason: number,
): number {
  const cols = account.charges.cols;
  const amount = cols.amount[charge] ?? 0;
  const currency = cols.currency[charge] ?? 0;
  cols.disputed[charge] = 1;
  const dispute = account.disputes.insert((disputes, row) => {
    disputes.created[row] = created;
    disputes.charge[row] = charge;
    disputes.amount[row] = amount;
    disputes.reason[row] = reason;
    disputes.reversalTxn[row] = -1;
  });
  account.disputeOf.set(charge, dispute);
  const settled = settleAt(account, amount, currency, created);
  account.disputes.cols.txn[dispute] = recordTxn(account, {
    kind: TxnKind.dispute,
    source: dispute,
    created,
    availableOn: created,
    amount: -settled.amount,
    fee: currencyAt(account.profile.currency).disputeFee,
    rate: settled.rate,
  });
  return dispute;
}

/** The merchant submits evidence at `at`: the dispute goes under review. */
export function submitEvidence(account: Account, dispute: number, at: number): void {
  account.disputes.cols.evidenceAt[dispute] = at;
}

/**
 * Closes a dispute at `at`. A won dispute reinstates the disputed amount (at
 * the rate of that day) in a second `adjustment` (`dispute_reversal`); the
 * dispute fee is kept, as Stripe keeps it for most won disputes.
 */
export function closeDispute(
  account: Account,
  dispute: number,
  outcome: DisputeOutcome,
  at: number,
): void {
  const cols = account.disputes.cols;
  cols.closedAt[dispute] = at;
  cols.outcome[dispute] = DISPUTE_OUTCOMES.indexOf(outcome);
  if (outcome !== 'won') return;
  if ((cols.evidenceAt[dispute] ?? 0) === 0) cols.evidenceAt[dispute] = at;
  const charge = cols.charge[dispute] ?? 0;
  const currency = account.charges.cols.currency[charge] ?? 0;
  const settled = settleAt(account, cols.amount[dispute] ?? 0, currency, at);
  cols.reversalTxn[dispute] = recordTxn(account, {
    kind: TxnKind.disputeReversal,
    source: dispute,
    created: at,
    availableOn: at,
    amount: settled.amount,
    fee: 0,
    rate: settled.rate,
  });
}

/** The evidence deadline of a dispute opened at `created`. */
export const evidenceDueBy = (created: number): number => created + EVIDENCE_DAYS * DAY;
