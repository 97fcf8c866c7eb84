import type { QueryResult } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { WebhookEvent, type WebhookEventEntity } from '../entities/webhook-event.entity.js';

/** Received webhook events: dedupe on Stripe's event id, and a retry queue. */
export class WebhookEventRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** Records an event once; `inserted: false` means Stripe sent it before. */
  async record(
    eventId: string,
    type: string,
    account: string | null,
    payload: object,
    receivedAt: Date = new Date(),
  ): Promise<{ inserted: boolean }> {
    const result: QueryResult<WebhookEventEntity> = await this.em
      .createQueryBuilder(WebhookEvent)
      .insert({ eventId, type, account, payload, receivedAt })
      .onConflict('eventId')
      .ignore()
      .execute<QueryResult<WebhookEventEntity>>('run');
    return { inserted: result.affectedRows === 1 };
  }

  /** Marks an event handled with its outcome (e.g. `processed`, `ignored`). */
  async markProcessed(eventId: string, outcome: string, at: Date = new Date()): Promise<void> {
    await this.em.nativeUpdate(WebhookEvent, { eventId }, { processedAt: at, outcome });
  }

  /** Events not yet processed, oldest first, received before `receivedBefore`. */
  async listUnprocessed(
    options: { receivedBefore?: Date; limit?: number } = {},
  ): Promise<WebhookEventEntity[]> {
    return this.em.find(
      WebhookEvent,
      {
        processedAt: null,
        ...(options.receivedBefore ? { receivedAt: { $lt: options.receivedBefore } } : {}),
      },
      {
        orderBy: [{ receivedAt: 'asc' }, { eventId: 'asc' }],
        limit: options.limit ?? 100,
        refresh: true,
      },
    );
  }
}
