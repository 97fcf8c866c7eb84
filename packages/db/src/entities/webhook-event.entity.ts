import { defineEntity, type InferEntity } from '@mikro-orm/core';

/**
 * A received Stripe webhook event, unique on Stripe's event id, for dedupe; its failed
 * attempts and, once they ran out, when it was parked.
 */
export const WebhookEvent = defineEntity({
  name: 'WebhookEvent',
  tableName: 'webhook_event',
  properties: (p) => ({
    eventId: p.string().length(191).primary(),
    type: p.string().length(128),
    account: p.string().length(191).nullable(),
    payload: p.json<object>(),
    receivedAt: p.datetime().onCreate(() => new Date()),
    processedAt: p.datetime().nullable(),
    outcome: p.string().length(64).nullable(),
    /** Failed processing attempts so far. */
    attempts: p.integer().default(0),
    /** The last failure, safe to show support staff (no secrets, truncated). */
    lastError: p.text().nullable(),
    /** Set when the attempts ran out; a parked event waits for support to retry it. */
    parkedAt: p.datetime().nullable(),
  }),
  indexes: [
    { name: 'webhook_event_pending_index', properties: ['processedAt', 'receivedAt'] },
    { name: 'webhook_event_parked_index', properties: ['parkedAt', 'account'] },
  ],
});

/** A loaded WebhookEvent row. */
export type WebhookEventEntity = InferEntity<typeof WebhookEvent>;
