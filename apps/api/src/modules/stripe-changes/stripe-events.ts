import { z } from 'zod';

/**
 * What an event means to the books: a charge's new copy (`charge`), a dispute whose charge
 * must be read again (`dispute`), a refund changed on its own (`refund`: its balance
 * transaction is imported, the charge reconciled by an incremental sync), a payout's new copy
 * (`payout`), funds that became available (`balance`: nothing to do, entries carry their
 * `available_on`), or
 * the platform's access revoked (`deauthorization`).
 */
export type EventKind = 'charge' | 'dispute' | 'refund' | 'payout' | 'balance' | 'deauthorization';

/** Every Stripe event type the product handles; webhooks and the incremental sync read this. */
export const HANDLED_EVENTS: Readonly<Record<string, EventKind>> = {
  'charge.succeeded': 'charge',
  'charge.captured': 'charge',
  'charge.updated': 'charge',
  'charge.refunded': 'charge',
  'charge.failed': 'charge',
  'charge.dispute.created': 'dispute',
  'charge.dispute.updated': 'dispute',
  'charge.dispute.closed': 'dispute',
  'charge.dispute.funds_withdrawn': 'dispute',
  'charge.dispute.funds_reinstated': 'dispute',
  'charge.refund.updated': 'refund',
  'refund.created': 'refund',
  'refund.updated': 'refund',
  'payout.created': 'payout',
  'payout.updated': 'payout',
  'payout.paid': 'payout',
  'payout.failed': 'payout',
  'payout.canceled': 'payout',
  'balance.available': 'balance',
  'account.application.deauthorized': 'deauthorization',
};

/** How the product handles an event type, or null for a type it does not handle. */
export function eventKind(type: string): EventKind | null {
  return HANDLED_EVENTS[type] ?? null;
}

/** The event types whose events change a charge: what the incremental sync asks Stripe for. */
export const CHARGE_CHANGE_EVENT_TYPES: readonly string[] = Object.keys(HANDLED_EVENTS).filter(
  (type) => HANDLED_EVENTS[type] === 'charge' || HANDLED_EVENTS[type] === 'dispute',
);

/**
 * The event types whose events change the books beyond charges (refunds, payouts), which the
 * incremental sync asks for too; with the charge types they stay within Stripe's 20 `types[]`.
 */
export const BOOK_CHANGE_EVENT_TYPES: readonly string[] = Object.keys(HANDLED_EVENTS).filter(
  (type) => HANDLED_EVENTS[type] === 'refund' || HANDLED_EVENTS[type] === 'payout',
);

/** The part of a Stripe event the product reads (an SDK `Stripe.Event` is one). */
export interface ChangeEvent {
  id: string;
  type: string;
  /** Unix seconds. */
  created: number;
  /** The connected account the event is about (Connect webhooks). */
  account?: string | null | undefined;
  data: { object: object };
}

const storedEventSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  created: z.number().int().nonnegative(),
  account: z.string().nullish(),
  data: z.object({ object: z.looseObject({}) }),
});

/** A recorded event's payload as a {@link ChangeEvent}; throws a ZodError when malformed. */
export function parseChangeEvent(payload: unknown): ChangeEvent {
  return storedEventSchema.parse(payload);
}

/** An event's copy of an object is as of the end of the event's second. */
export const eventVersion = (event: ChangeEvent): number => event.created * 1000 + 999;
