import { importBalanceTransaction, importPayout, type BalanceEntry } from '@cora/core';
import type { VersionedPayout } from '@cora/db';
import { eventKind, eventVersion, type ChangeEvent } from './stripe-events.js';

/** What a list of events changes in the books besides the charges themselves. */
export interface BookChanges {
  /** The newest copy of each payout the events carry. */
  payouts: VersionedPayout[];
  /** Balance transactions the events carry whole (a dispute's, an expanded charge's). */
  entries: BalanceEntry[];
  /** Balance transactions the events name by id only, with the charge they belong to. */
  toRetrieve: Map<string, string | null>;
  /** The charge of each refund and dispute named (`re_…`/`dp_…` → `ch_…`). */
  chargeOf: Map<string, string>;
}

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string')
    return value.id;
  return null;
};

interface StripeObject {
  id?: unknown;
  object?: unknown;
  charge?: unknown;
  balance_transaction?: unknown;
  balance_transactions?: unknown;
}

function addCharge(changes: BookChanges, charge: StripeObject): void {
  const txn = charge.balance_transaction;
  if (typeof txn === 'object' && txn !== null) changes.entries.push(importBalanceTransaction(txn));
  else if (typeof txn === 'string' && typeof charge.id === 'string')
    changes.toRetrieve.set(txn, charge.id);
}

function addRefundOrDispute(changes: BookChanges, object: StripeObject): void {
  const chargeId = idOf(object.charge);
  if (typeof object.id === 'string' && chargeId !== null) changes.chargeOf.set(object.id, chargeId);
  const txn = idOf(object.balance_transaction);
  if (txn !== null) changes.toRetrieve.set(txn, chargeId);
  if (Array.isArray(object.balance_transactions))
    for (const raw of object.balance_transactions as unknown[]) {
      if (typeof raw === 'object' && raw !== null) {
        const entry = importBalanceTransaction(raw);
        changes.entries.push({ ...entry, chargeId: entry.chargeId ?? chargeId });
      }
    }
}

/**
 * The book changes of events listed newest first: payouts by their event's version, balance
 * transactions carried or named, and the charges refunds and disputes belong to.
 * @throws BooksParseError for a malformed payout or balance transaction.
 */
export function bookChangesOf(events: readonly ChangeEvent[]): BookChanges {
  const changes: BookChanges = {
    payouts: [],
    entries: [],
    toRetrieve: new Map(),
    chargeOf: new Map(),
  };
  const payoutSeen = new Set<string>();
  for (const event of events) {
    const object = event.data.object as StripeObject;
    const kind = eventKind(event.type);
    if (kind === 'payout' && typeof object.id === 'string' && !payoutSeen.has(object.id)) {
      payoutSeen.add(object.id);
      changes.payouts.push({ ...importPayout(object), sourceVersion: eventVersion(event) });
    } else if (kind === 'charge' && object.object === 'charge') addCharge(changes, object);
    else if (kind === 'refund' || kind === 'dispute') addRefundOrDispute(changes, object);
  }
  return changes;
}
