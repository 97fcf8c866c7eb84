import { ConnectionRepository, SyncTrigger, WebhookEventRepository, type Orm } from '@cora/db';
import type { Logger } from 'pino';
import type { JobQueue } from '../jobs/job-queue.js';
import type { SyncEngine } from './sync.engine.js';

export interface SchedulerOptions {
  /** Most connections one pass claims. */
  concurrency: number;
  /** A claimed connection is not claimed again for this long (its run is queued by then). */
  claimLeaseMs: number;
  /** A RUNNING run quiet this long with no job is resumed (its process died before queueing). */
  orphanAfterMs: number;
  /** An event recorded this long ago and never attempted is enqueued again. */
  webhookOrphanAfterMs: number;
}

/**
 * The scheduler's pass, run by the job queue's timer (a cron job on PostgreSQL, sent once
 * across instances): starts SCHEDULED syncs for connections whose `nextSyncAt` is due, and
 * enqueues runs and webhook events that lost their job. Claiming moves `nextSyncAt` forward
 * in the database (FOR UPDATE SKIP LOCKED on PostgreSQL), so several instances and
 * restarts neither skip nor double a sync.
 */
export class SyncScheduler {
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly engine: SyncEngine,
    private readonly jobs: JobQueue,
    private readonly logger: Logger,
    private readonly options: SchedulerOptions,
  ) {}

  /** One pass: resume orphaned runs and events, then start the due syncs. */
  tick(): Promise<void> {
    this.ticking ??= this.runTick().finally(() => {
      this.ticking = null;
    });
    return this.ticking;
  }

  private async runTick(): Promise<void> {
    const em = this.orm.em.fork();
    try {
      const now = Date.now();
      const orphans = await this.engine.resumeOrphans(new Date(now - this.options.orphanAfterMs));
      if (orphans > 0) this.logger.warn({ orphans }, 'resumed sync runs that had no job');
      const events = await new WebhookEventRepository(em).listNeverAttempted(
        new Date(now - this.options.webhookOrphanAfterMs),
      );
      for (const event of events) await this.jobs.enqueueWebhook(event.eventId);
      const due = await new ConnectionRepository(em).claimDue(
        new Date(now),
        this.options.concurrency,
        this.options.claimLeaseMs,
      );
      for (const connection of due) {
        try {
          await this.engine.request(em.fork(), connection.id, SyncTrigger.SCHEDULED, false);
        } catch (error) {
          this.logger.warn(
            { err: error, connectionId: connection.id },
            'could not start a scheduled sync',
          );
        }
      }
    } catch (error) {
      this.logger.error({ err: error }, 'scheduler tick failed');
    }
  }
}
