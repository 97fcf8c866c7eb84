import { SyncRunRepository, WebhookEventRepository, type Orm } from '@cora/db';
import type { Logger } from 'pino';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { JobHandlers, JobQueue, JobQueueOptions, StartedSync, SyncJob } from './job-queue.js';

interface SyncSlot {
  active: boolean;
  next: { job: SyncJob; resumed: boolean } | null;
}

/**
 * The embedded default's queue: one process, so the queue lives in memory and the
 * database is where it resumes from. Slices of one connection run one at a time, at most
 * `syncConcurrency` at once; a webhook event gets `webhookMaxAttempts` attempts with
 * doubling delays, then is parked. On open it re-enqueues what a stopped process left.
 */
export class InProcessJobQueue implements JobQueue {
  private handlers: JobHandlers | null = null;
  private readonly syncs = new Map<string, SyncSlot>();
  private running = 0;
  private readonly webhooks = new Map<string, Promise<void>>();
  private readonly tasks = new Set<Promise<void>>();
  private readonly delays = new Map<NodeJS.Timeout, () => void>();
  private tickTimer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly orm: Orm,
    private readonly options: JobQueueOptions,
    private readonly logger: Logger,
  ) {}

  bind(handlers: JobHandlers): void {
    this.handlers = handlers;
  }

  async open(work: boolean): Promise<void> {
    if (!work) return;
    const em = this.orm.em.fork();
    // Nothing of this process is running yet: every RUNNING run was left by a stopped one.
    for (const run of await new SyncRunRepository(em).listRunning(new Date(), 1000)) {
      await this.enqueueSync({ runId: run.id, connectionId: run.connection.id }, { resumed: true });
    }
    for (const event of await new WebhookEventRepository(em).listUnprocessed({ limit: 1000 })) {
      if (event.parkedAt === null) this.startAttempts(event.eventId, event.attempts + 1);
    }
  }

  schedule(): Promise<void> {
    if (this.tickTimer === null) {
      this.tickTimer = setInterval(() => void this.tick(), this.options.tickSeconds * 1000);
      this.tickTimer.unref();
      void this.tick();
    }
    return Promise.resolve();
  }

  async startSync<T>(
    em: SqlEntityManager,
    start: (tx: SqlEntityManager) => Promise<StartedSync<T>>,
  ): Promise<T> {
    // The queue is in memory: the committed RUNNING run is what a restart resumes from.
    const { job, result } = await em.transactional(start);
    if (job !== null) await this.enqueueSync(job);
    return result;
  }

  enqueueSync(job: SyncJob, options: { resumed?: boolean } = {}): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const slot = this.syncs.get(job.connectionId) ?? { active: false, next: null };
    this.syncs.set(job.connectionId, slot);
    // Like a stately queue: one slice waiting per connection is enough.
    const resumed = (slot.next?.resumed ?? false) || options.resumed === true;
    slot.next = { job: slot.next?.job ?? job, resumed };
    setImmediate(() => this.pump());
    return Promise.resolve();
  }

  isSyncPending(connectionId: string): Promise<boolean> {
    return Promise.resolve(this.syncs.has(connectionId));
  }

  enqueueWebhook(eventId: string): Promise<void> {
    if (!this.stopped) this.startAttempts(eventId, 1);
    return Promise.resolve();
  }

  async idle(): Promise<void> {
    while (this.syncs.size > 0 || this.webhooks.size > 0 || this.tasks.size > 0) {
      const pending = [...this.tasks, ...this.webhooks.values()];
      if (pending.length > 0) await Promise.allSettled(pending);
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.tickTimer !== null) clearInterval(this.tickTimer);
    this.tickTimer = null;
    for (const [timer, wake] of this.delays) {
      clearTimeout(timer);
      wake();
    }
    for (const slot of this.syncs.values()) slot.next = null;
    await this.ticking;
    await Promise.allSettled([...this.tasks, ...this.webhooks.values()]);
    this.syncs.clear();
  }

  private tick(): Promise<void> {
    this.ticking ??= this.bound()
      .tick()
      .catch((error: unknown) => this.logger.error({ err: error }, 'scheduler pass failed'))
      .finally(() => {
        this.ticking = null;
      });
    return this.ticking;
  }

  private pump(): void {
    for (const [connectionId, slot] of this.syncs) {
      if (this.running >= this.options.syncConcurrency) return;
      if (slot.active || slot.next === null) continue;
      const { job, resumed } = slot.next;
      slot.next = null;
      slot.active = true;
      this.running += 1;
      this.track(
        this.bound()
          .syncSlice(job, resumed)
          .catch((error: unknown) => this.logger.error({ err: error, ...job }, 'sync slice failed'))
          .finally(() => {
            this.running -= 1;
            slot.active = false;
            if (slot.next === null || this.stopped) this.syncs.delete(connectionId);
            this.pump();
          }),
      );
    }
  }

  private startAttempts(eventId: string, firstAttempt: number): void {
    if (this.webhooks.has(eventId)) return;
    const attempts = this.attempts(eventId, firstAttempt).finally(() =>
      this.webhooks.delete(eventId),
    );
    this.webhooks.set(eventId, attempts);
  }

  private async attempts(eventId: string, firstAttempt: number): Promise<void> {
    const { webhookMaxAttempts: max, webhookRetryDelaySeconds: delaySeconds } = this.options;
    for (let attempt = firstAttempt; attempt <= max; attempt += 1) {
      if (this.stopped) return;
      try {
        await this.bound().webhook(eventId);
        return;
      } catch {
        if (attempt < max) await this.delay(delaySeconds * 1000 * 2 ** (attempt - 1));
      }
    }
    if (!this.stopped) await this.bound().webhookParked(eventId);
  }

  private delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.delays.delete(timer);
        resolve();
      }, ms);
      this.delays.set(timer, resolve);
    });
  }

  private track(task: Promise<void>): void {
    this.tasks.add(task);
    void task.finally(() => this.tasks.delete(task));
  }

  private bound(): JobHandlers {
    if (this.handlers === null) throw new Error('The job queue has no handlers');
    return this.handlers;
  }
}
