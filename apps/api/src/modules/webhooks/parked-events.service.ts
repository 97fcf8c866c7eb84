import { ConnectionRepository, WebhookEventRepository, type WebhookEventEntity } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { AppError, ErrorCode, notFound } from '../../errors/app-error.js';
import { ParkedWebhookEvent } from './parked-events.types.js';
import type { WebhookProcessor } from './webhook.processor.js';

function toParkedView(row: WebhookEventEntity): ParkedWebhookEvent {
  return Object.assign(new ParkedWebhookEvent(), {
    eventId: row.eventId,
    type: row.type,
    receivedAt: row.receivedAt,
    parkedAt: row.parkedAt ?? row.receivedAt,
    attempts: row.attempts,
    lastError: row.lastError ?? null,
  });
}

/** Parked webhook events of a user's connection, and support's retry of one. */
export class ParkedEventsService {
  constructor(private readonly webhooks: WebhookProcessor) {}

  async list(em: SqlEntityManager, userId: string): Promise<ParkedWebhookEvent[]> {
    const account = await this.accountOf(em, userId);
    if (account === null) return [];
    return (await new WebhookEventRepository(em).listParked({ account })).map(toParkedView);
  }

  /** Starts a new round of attempts at one of the user's parked events. */
  async retry(em: SqlEntityManager, userId: string, eventId: string): Promise<boolean> {
    const account = await this.accountOf(em, userId);
    const row = await new WebhookEventRepository(em).findById(eventId);
    if (account === null || row === null || row.account !== account)
      throw notFound('No such webhook event for this user');
    if (row.parkedAt === null) throw new AppError(ErrorCode.CONFLICT, 'The event is not parked');
    return this.webhooks.retryParked(eventId);
  }

  private async accountOf(em: SqlEntityManager, userId: string): Promise<string | null> {
    return (await new ConnectionRepository(em).findByUserId(userId))?.stripeAccountId ?? null;
  }
}
