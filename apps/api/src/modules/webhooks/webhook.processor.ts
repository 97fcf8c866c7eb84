import { WebhookEvent, WebhookEventRepository, type Orm } from '@cora/db';
import type { Logger } from 'pino';
import type { Metrics } from '../monitoring/metrics.js';
import { eventKind, parseChangeEvent, type EventKind } from '../stripe-changes/stripe-events.js';
import type { WebhookHandler } from './handlers.js';

export interface WebhookProcessorOptions {
  /** How often unprocessed events are retried. */
  retryEveryMs: number;
  /** An event younger than this is still being handled by whoever received it. */
  retryAfterMs: number;
}

/**
 * Processes recorded webhook events: routed by type to one handler each, marked processed
 * with an outcome; one that fails stays unprocessed and is retried from the table.
 */
export class WebhookProcessor {
  private readonly inFlight = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly handlers: Readonly<Record<EventKind, WebhookHandler>>,
    private readonly metrics: Metrics,
    private readonly logger: Logger,
    private readonly options: WebhookProcessorOptions,
  ) {}

  /** Processes an event just recorded, after the response has gone. */
  processSoon(eventId: string): void {
    setImmediate(() => void this.process(eventId));
  }

  startRetries(): void {
    this.timer ??= setInterval(() => void this.retryPending(), this.options.retryEveryMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.idle();
  }

  /** Resolves when no event is being processed (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()]);
  }

  async retryPending(): Promise<void> {
    const em = this.orm.em.fork();
    const pending = await new WebhookEventRepository(em).listUnprocessed({
      receivedBefore: new Date(Date.now() - this.options.retryAfterMs),
    });
    for (const row of pending) await this.process(row.eventId);
  }

  process(eventId: string): Promise<void> {
    const running = this.inFlight.get(eventId);
    if (running !== undefined) return running;
    const work = this.processOnce(eventId).finally(() => this.inFlight.delete(eventId));
    this.inFlight.set(eventId, work);
    return work;
  }

  private async processOnce(eventId: string): Promise<void> {
    const em = this.orm.em.fork();
    const repository = new WebhookEventRepository(em);
    const row = await em.findOne(WebhookEvent, { eventId, processedAt: null });
    if (row === null) return;
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
      this.logger.warn(
        { err: error, eventId, type: row.type },
        'webhook event failed; it will be retried',
      );
    }
  }
}
