import { WebhookEventRepository, type Orm } from '@cora/db';
import type { Logger } from 'pino';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Metrics } from '../monitoring/metrics.js';
import { eventKind, parseChangeEvent, type EventKind } from '../stripe-changes/stripe-events.js';
import type { WebhookHandler } from './handlers.js';

/** Longest error text kept on the event row. */
const MAX_ERROR_LENGTH = 500;

/** What the processor tells when an event is parked (the parked-events alert). */
export type ParkedListener = (eventId: string) => Promise<void>;

/**
 * Processes recorded webhook events as jobs: routed by type to one handler each, marked
 * processed with an outcome. A failed attempt is counted on the row with its error and
 * retried by the queue with backoff; when the attempts run out the event is parked and
 * never retried by itself, until support retries it.
 */
export class WebhookProcessor {
  private parkedListener: ParkedListener = () => Promise.resolve();

  constructor(
    private readonly orm: Orm,
    private readonly handlers: Readonly<Record<EventKind, WebhookHandler>>,
    private readonly jobs: JobQueue,
    private readonly metrics: Metrics,
    private readonly logger: Logger,
  ) {}

  onParked(listener: ParkedListener): void {
    this.parkedListener = listener;
  }

  /**
   * Enqueues an event just recorded. A failure is logged, not thrown: the event is recorded,
   * and the scheduler's pass enqueues recorded events that have no job.
   */
  async enqueue(eventId: string): Promise<void> {
    try {
      await this.jobs.enqueueWebhook(eventId);
    } catch (error) {
      this.logger.error({ err: error, eventId }, 'could not enqueue a webhook event');
    }
  }

  /** Resolves when no event is queued, waiting for a retry or being processed. */
  idle(): Promise<void> {
    return this.jobs.idle();
  }

  /** The job: one attempt; throws when it failed, so the queue retries or parks it. */
  async attempt(eventId: string): Promise<void> {
    const em = this.orm.em.fork();
    const repository = new WebhookEventRepository(em);
    const row = await repository.findById(eventId);
    if (row === null || row.processedAt !== null || row.parkedAt !== null) return;
    const kind = eventKind(row.type);
    try {
      const outcome =
        kind === null
          ? 'ignored_type'
          : await this.handlers[kind](em, parseChangeEvent(row.payload));
      await repository.markProcessed(eventId, outcome);
      this.metrics.webhookEvents.inc({ type: row.type, outcome });
    } catch (error) {
      this.metrics.webhookEvents.inc({ type: row.type, outcome: 'failed' });
      const message = (error instanceof Error ? error.message : String(error)).slice(
        0,
        MAX_ERROR_LENGTH,
      );
      const attempts = await new WebhookEventRepository(this.orm.em.fork()).recordFailure(
        eventId,
        message,
      );
      this.logger.warn({ err: error, eventId, type: row.type, attempts }, 'webhook event failed');
      throw error;
    }
  }

  /** The dead letter: the event's attempts ran out. */
  async park(eventId: string): Promise<void> {
    const repository = new WebhookEventRepository(this.orm.em.fork());
    if (await repository.park(eventId)) {
      const type = (await repository.findById(eventId))?.type ?? 'unknown';
      this.metrics.webhookEvents.inc({ type, outcome: 'parked' });
      this.logger.error({ eventId }, 'webhook event parked after its last attempt');
      await this.parkedListener(eventId);
    }
  }

  /** Support's retry of a parked event: a new round of attempts. False if not parked. */
  async retryParked(eventId: string): Promise<boolean> {
    if (!(await new WebhookEventRepository(this.orm.em.fork()).unpark(eventId))) return false;
    await this.jobs.enqueueWebhook(eventId, { again: true });
    await this.parkedListener(eventId);
    return true;
  }
}
