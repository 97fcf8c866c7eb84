import type { QueryResult } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { WebhookEvent, type WebhookEventEntity } from '../entities/webhook-event.entity.js';
import { executeUpdate } from '../sql/driver.js';

/** Received webhook events: dedupe on Stripe's event id, failed attempts and parking. */
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

  /** One event by Stripe's id. */
  async findById(eventId: string): Promise<WebhookEventEntity | null> {
    return this.em.findOne(WebhookEvent, { eventId }, { refresh: true });
  }

  /** Counts a failed attempt and keeps its error; returns the attempts so far. */
  async recordFailure(eventId: string, error: string): Promise<number> {
    await executeUpdate(
      this.em,
      'update webhook_event set attempts = attempts + 1, last_error = ? where event_id = ?',
      [error, eventId],
    );
    return (await this.findById(eventId))?.attempts ?? 0;
  }

  /** Parks an unprocessed event: its attempts ran out. */
  async park(eventId: string, at: Date = new Date()): Promise<boolean> {
    const changed = await this.em.nativeUpdate(
      WebhookEvent,
      { eventId, processedAt: null, parkedAt: null },
      { parkedAt: at },
    );
    return changed === 1;
  }

  /** Takes a parked event out of the parking for another round of attempts. */
  async unpark(eventId: string): Promise<boolean> {
    const changed = await this.em.nativeUpdate(
      WebhookEvent,
      { eventId, processedAt: null, parkedAt: { $ne: null } },
      { parkedAt: null, attempts: 0 },
    );
    return changed === 1;
  }

  /** Parked events, oldest first; of one Stripe account when given. */
  async listParked(
    options: { account?: string; limit?: number } = {},
  ): Promise<WebhookEventEntity[]> {
    return this.em.find(
      WebhookEvent,
      {
        parkedAt: { $ne: null },
        processedAt: null,
        ...(options.account === undefined ? {} : { account: options.account }),
      },
      {
        orderBy: [{ parkedAt: 'asc' }, { eventId: 'asc' }],
        limit: options.limit ?? 100,
        refresh: true,
      },
    );
  }

  /** How many events are parked, across every account. */
  async countParked(): Promise<number> {
    return this.em.fork().count(WebhookEvent, { parkedAt: { $ne: null }, processedAt: null });
  }

  /**
   * Unprocessed events never attempted and not parked, received before `receivedBefore`:
   * recorded, but their job was never enqueued (the process died in between).
   */
  async listNeverAttempted(receivedBefore: Date, limit = 100): Promise<WebhookEventEntity[]> {
    return this.em.find(
      WebhookEvent,
      { processedAt: null, parkedAt: null, attempts: 0, receivedAt: { $lt: receivedBefore } },
      { orderBy: [{ receivedAt: 'asc' }, { eventId: 'asc' }], limit, refresh: true },
    );
  }
}
