import { ConnectionRepository, SyncRunRepository, SyncTrigger, type Orm } from '@cora/db';
import type { Logger } from 'pino';
import type { SyncEngine } from './sync.engine.js';

export interface SchedulerOptions {
  /** How often to look for due connections. */
  tickMs: number;
  /** Most runs this instance works on at once; it claims no more than that. */
  concurrency: number;
  /** A RUNNING run with no progress for this long belongs to a dead process. */
  staleAfterMs: number;
}

/**
 * Starts SCHEDULED syncs for connections whose `nextSyncAt` is due. Claiming moves
 * `nextSyncAt` forward in the database (FOR UPDATE SKIP LOCKED on PostgreSQL), so several
 * instances and restarts neither skip nor double a sync.
 */
export class SyncScheduler {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly orm: Orm,
    private readonly engine: SyncEngine,
    private readonly logger: Logger,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    if (this.timer !== null) return;
    this.timer = setInterval(() => void this.tick(), this.options.tickMs);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
  }

  /** One pass: fail runs orphaned by dead processes, then start the due syncs. */
  tick(): Promise<void> {
    this.ticking ??= this.runTick().finally(() => {
      this.ticking = null;
    });
    return this.ticking;
  }

  private async runTick(): Promise<void> {
    const em = this.orm.em.fork();
    try {
      const now = new Date();
      const stale = await new SyncRunRepository(em).failStaleRuns(
        new Date(now.getTime() - this.options.staleAfterMs),
      );
      if (stale > 0) this.logger.warn({ stale }, 'failed sync runs orphaned by a stopped process');
      const leaseMs = this.options.staleAfterMs;
      const slots = this.options.concurrency - this.engine.activeRuns;
      if (slots <= 0) return;
      const due = await new ConnectionRepository(em).claimDue(now, slots, leaseMs);
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
