import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A received Stripe webhook event, unique on Stripe's event id, for dedupe and retry. */
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
  }),
  indexes: [{ name: 'webhook_event_pending_index', properties: ['processedAt', 'receivedAt'] }],
});

/** A loaded WebhookEvent row. */
export type WebhookEventEntity = InferEntity<typeof WebhookEvent>;
