import { HANDLED_EVENTS } from '../stripe-changes/stripe-events.js';

/** The label for anything outside a fixed set: no caller can create a series. */
export const OTHER = 'other';

const WEBHOOK_TYPES: ReadonlySet<string> = new Set([...Object.keys(HANDLED_EVENTS), 'unverified']);

/** The outcomes the webhook route and handlers record. */
const WEBHOOK_OUTCOMES: ReadonlySet<string> = new Set([
  'inserted',
  'updated',
  'unchanged',
  'stale',
  'skipped',
  'ignored_malformed',
  'ignored_type',
  'unknown_account',
  'disconnected',
  'sync_requested',
  'failed',
  'duplicate',
  'bad_signature',
]);

/** A handled Stripe event type (or `unverified`), else `other`. */
export function webhookTypeLabel(type: string): string {
  return WEBHOOK_TYPES.has(type) ? type : OTHER;
}

/**
 * A known outcome, else `other`. An event applied to several connections records each
 * outcome joined by commas: one label when they agree, `mixed` when they differ.
 */
export function webhookOutcomeLabel(outcome: string): string {
  const distinct = new Set(outcome.split(','));
  if (distinct.size > 1)
    return [...distinct].every((o) => WEBHOOK_OUTCOMES.has(o)) ? 'mixed' : OTHER;
  return WEBHOOK_OUTCOMES.has(outcome) ? outcome : OTHER;
}

/** An HTTP status as a three-digit string, else `other` (a connection error has none). */
export function statusLabel(status: unknown): string {
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599
    ? String(status)
    : OTHER;
}
