import { postgresTransactionSql } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { JobHandlers, JobQueue, JobQueueOptions, StartedSync, SyncJob } from './job-queue.js';
import {
  PG_BOSS_SCHEMA,
  QUEUE,
  queueDefinitions,
  stableJobId,
  WORK_QUEUES,
  type SyncJobData,
} from './pg-boss.queues.js';

/**
 * Durable jobs in PostgreSQL, shared by every API and worker instance. pg-boss owns the
 * leases (a job active beyond `expireSeconds` is retried on a live instance), retries with
 * backoff, dead letters and the cron; sync slices are `stately` per connection, so two
 * slices of one run never run at once.
 */
export class PgBossJobQueue implements JobQueue {
  private readonly boss: PgBoss;
  private handlers: JobHandlers | null = null;
  private ready: Promise<void> | null = null;
  private readonly workers = new Map<string, string[]>();

  constructor(
    connectionString: string,
    private readonly options: JobQueueOptions,
    private readonly logger: Logger,
  ) {
    this.boss = new PgBoss({
      connectionString,
      schema: PG_BOSS_SCHEMA,
      max: 4,
      maintenanceIntervalSeconds: options.maintenanceSeconds,
    });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
  }

  bind(handlers: JobHandlers): void {
    this.handlers = handlers;
  }

  async open(work: boolean): Promise<void> {
    await this.started();
    if (!work) return;
    const handlers = this.bound();
    const polling = { batchSize: 1, pollingIntervalSeconds: this.options.pollingSeconds };
    for (let i = 0; i < this.options.syncConcurrency; i += 1) {
      await this.work<SyncJobData>(QUEUE.sync, polling, ({ data, retryCount }) =>
        handlers.syncSlice(
          { runId: data.runId, connectionId: data.connectionId },
          retryCount > 0 || data.resumed === true,
        ),
      );
    }
    await this.work<SyncJobData>(QUEUE.syncAbandoned, polling, ({ data }) =>
      handlers.syncAbandoned({ runId: data.runId, connectionId: data.connectionId }),
    );
    await this.work<{ eventId: string }>(QUEUE.webhook, polling, ({ data }) =>
      handlers.webhook(data.eventId),
    );
    await this.work<{ eventId: string }>(QUEUE.webhookParked, polling, ({ data }) =>
      handlers.webhookParked(data.eventId),
    );
  }

  async schedule(): Promise<void> {
    await this.started();
    const handlers = this.bound();
    await this.work(QUEUE.tick, { pollingIntervalSeconds: this.options.pollingSeconds }, () =>
      handlers.tick(),
    );
    // pg-boss's cron has minute resolution and sends each tick once across instances.
    await this.boss.schedule(QUEUE.tick, '* * * * *', {}, { singletonKey: 'tick' });
  }

  async startSync<T>(
    em: SqlEntityManager,
    start: (tx: SqlEntityManager) => Promise<StartedSync<T>>,
  ): Promise<T> {
    await this.started();
    const { job, result } = await em.transactional(async (tx) => {
      const started = await start(tx);
      if (started.job !== null) await this.sendSync(started.job, {}, postgresTransactionSql(tx));
      return started;
    });
    if (job !== null) this.notify(QUEUE.sync);
    return result;
  }

  async enqueueSync(job: SyncJob, options: { resumed?: boolean } = {}): Promise<void> {
    await this.started();
    await this.sendSync(job, options);
    this.notify(QUEUE.sync);
  }

  async isSyncPending(connectionId: string): Promise<boolean> {
    await this.started();
    const { rows } = await this.boss
      .getDb()
      .executeSql(
        `select 1 from ${PG_BOSS_SCHEMA}.job where name = $1 and singleton_key = $2 and state < 'completed' limit 1`,
        [QUEUE.sync, connectionId],
      );
    return rows.length > 0;
  }

  async enqueueWebhook(eventId: string, options: { again?: boolean } = {}): Promise<void> {
    await this.started();
    await this.boss.send(
      QUEUE.webhook,
      { eventId },
      options.again === true ? {} : { id: stableJobId(`webhook:${eventId}`) },
    );
    this.notify(QUEUE.webhook);
  }

  async idle(): Promise<void> {
    await this.started();
    for (;;) {
      const { rows } = await this.boss
        .getDb()
        .executeSql(
          `select count(*)::int as pending from ${PG_BOSS_SCHEMA}.job where name = any($1) and state < 'completed'`,
          [WORK_QUEUES],
        );
      if (Number((rows[0] as { pending: number } | undefined)?.pending ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async stop(): Promise<void> {
    if (this.ready === null) return;
    await this.ready.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }

  private async sendSync(
    job: SyncJob,
    options: { resumed?: boolean },
    db?: PgBoss.Db,
  ): Promise<void> {
    const data: SyncJobData = { ...job, ...(options.resumed ? { resumed: true } : {}) };
    // null: a slice of this connection is already queued, which is as good.
    await this.boss.send(QUEUE.sync, data, {
      singletonKey: job.connectionId,
      ...(db === undefined ? {} : { db }),
    });
  }

  private started(): Promise<void> {
    this.ready ??= this.createQueues();
    return this.ready;
  }

  private async createQueues(): Promise<void> {
    await this.boss.start();
    for (const { name, ...options } of queueDefinitions(this.options)) {
      await this.boss.createQueue(name, { name, ...options });
      // createQueue keeps an existing queue as it was: apply this configuration.
      await this.boss.updateQueue(name, { name, ...options });
    }
  }

  private async work<T extends object>(
    name: string,
    options: PgBoss.WorkOptions,
    handle: (job: PgBoss.JobWithMetadata<T>) => Promise<void>,
  ): Promise<void> {
    const id = await this.boss.work<T>(
      name,
      { ...options, includeMetadata: true },
      async (jobs) => {
        for (const job of jobs) await handle(job);
      },
    );
    this.workers.set(name, [...(this.workers.get(name) ?? []), id]);
  }

  private notify(name: string): void {
    for (const id of this.workers.get(name) ?? []) this.boss.notifyWorker(id);
  }

  private bound(): JobHandlers {
    if (this.handlers === null) throw new Error('The job queue has no handlers');
    return this.handlers;
  }
}
