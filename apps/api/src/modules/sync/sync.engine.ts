import { ConnectionStatus } from '@cora/core';
import {
  ConnectionRepository,
  RunNotRunningError,
  STALE_RUN_ERROR_CODE,
  SyncRunRepository,
  SyncStatus,
  openPageWriter,
  type Orm,
  type PageWriter,
  type PageWriterMode,
  type SyncRunEntity,
  type SyncTrigger,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { AppPubSub } from '../../pubsub/pubsub.js';
import { AppError, ErrorCode } from '../../errors/app-error.js';
import type { JobQueue, SyncJob } from '../jobs/job-queue.js';
import type { CategoryRuleService } from '../rules/rules.service.js';
import type { AccountClient, ConnectedAccounts } from '../stripe/connected-accounts.js';
import { limitedClient } from '../stripe/limited-client.js';
import type { RateLimiter } from '../stripe/rate-limiter.js';
import type { RetryPolicy } from '../stripe/retry.js';
import { classifyStripeError } from '../stripe/stripe-errors.js';
import { backgroundTurn, NO_FOREGROUND, type Foreground } from './background-turn.js';
import { runBackfill } from './backfill.js';
import { runIncremental } from './incremental.js';
import { RunContext } from './run-context.js';
import { RunProgress } from './run-progress.js';
import { markResuming, recordFailure, recordSuccess } from './run-outcome.js';
import { decodeCursor, encodeCursor, parseBackfillCheckpoint } from './sync-cursor.js';
import { planSync } from './sync-plan.js';
import type { SyncObserver } from './sync-observer.js';

export interface SyncEngineOptions {
  syncIntervalMs: number;
  retryPolicy: RetryPolicy;
  /** How long one slice of a full import works before it hands over to the next. */
  sliceMs: number;
  /** Where the pages are written (default: a thread of their own). */
  pageWriter?: PageWriterMode;
  /** The requests a sync gives way to before each Stripe request (default: none). */
  foreground?: Foreground;
}

export { RESUMED_NOTE, RESUMING_CODE } from './run-outcome.js';

/**
 * Runs syncs as jobs: one RUNNING run per connection (the database decides), worked in
 * slices by the job queue; a full import checkpoints after every page and its next slice
 * (on any instance) resumes from there. A run ends SUCCEEDED or FAILED with a safe
 * message; failure is never reported as success.
 */
export class SyncEngine {
  private readonly requests = new Map<string, Promise<void>>();
  private pausing = false;
  private readonly writer: PageWriter;

  constructor(
    private readonly orm: Orm,
    private readonly accounts: ConnectedAccounts,
    private readonly rules: CategoryRuleService,
    private readonly limiter: RateLimiter,
    private readonly pubSub: AppPubSub,
    private readonly logger: Logger,
    private readonly options: SyncEngineOptions,
    private readonly observer: SyncObserver,
    private readonly jobs: JobQueue,
  ) {
    this.writer = openPageWriter(orm, options.pageWriter);
  }

  /**
   * Starts a run and enqueues its first slice, or returns the running one; a RUNNING run
   * that no job works on (its process died) is enqueued again, to resume.
   */
  async request(
    em: SqlEntityManager,
    connectionId: string,
    trigger: SyncTrigger,
    full: boolean,
  ): Promise<SyncRunEntity> {
    const connection = await new ConnectionRepository(em).findById(connectionId);
    if (connection === null) throw new AppError(ErrorCode.NOT_FOUND, 'No Stripe connection');
    if (connection.status !== ConnectionStatus.CONNECTED) {
      throw new AppError(ErrorCode.CONFLICT, 'Connect your Stripe account before syncing');
    }
    const plan = await planSync(em, connectionId, full);
    const { run, created } = await this.jobs.startSync(em, async (tx) => {
      const started = await new SyncRunRepository(tx).startRun(
        connectionId,
        trigger,
        plan.kind === 'full',
        plan.kind === 'full'
          ? { note: plan.note, checkpoint: plan.resume === null ? null : { ...plan.resume } }
          : {},
      );
      return {
        job: started.created ? { runId: started.run.id, connectionId } : null,
        result: started,
      };
    });
    if (!created && !(await this.jobs.isSyncPending(connectionId)))
      await this.jobs.enqueueSync({ runId: run.id, connectionId }, { resumed: true });
    return em.merge(run);
  }

  /**
   * Requests a run without waiting for it to start (after a connect); failures to start
   * are logged. `idle()` waits for it too.
   */
  requestSoon(connectionId: string, trigger: SyncTrigger, full: boolean): void {
    const key = `${connectionId}:${trigger}`;
    const starting = this.request(this.orm.em.fork(), connectionId, trigger, full)
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.warn({ err: error, connectionId, trigger }, 'could not start a sync'),
      )
      .finally(() => this.requests.delete(key));
    this.requests.set(key, starting);
  }

  /**
   * Enqueues RUNNING runs quiet since `olderThan` that no job works on: their process died
   * before their first slice was enqueued, or the queue lost them. Returns how many.
   */
  async resumeOrphans(olderThan: Date): Promise<number> {
    let resumed = 0;
    for (const run of await new SyncRunRepository(this.orm.em.fork()).listRunning(olderThan)) {
      if (await this.jobs.isSyncPending(run.connection.id)) continue;
      await this.jobs.enqueueSync(
        { runId: run.id, connectionId: run.connection.id },
        { resumed: true },
      );
      resumed += 1;
    }
    return resumed;
  }

  /** Ends every slice at its next page; their continuations are enqueued (shutdown). */
  pauseSlices(): void {
    this.pausing = true;
  }

  /** Ends the page writer (after the slices have stopped: shutdown). */
  close(): Promise<void> {
    return this.writer.close();
  }

  /** Resolves when every requested run has ended, wherever it ran (tests, shutdown). */
  async idle(): Promise<void> {
    do {
      while (this.requests.size > 0) await Promise.allSettled([...this.requests.values()]);
      await this.jobs.idle();
    } while (this.requests.size > 0);
  }

  /** The job: one slice of a RUNNING run, from its checkpoint. */
  async runSlice(job: SyncJob, resumed: boolean): Promise<void> {
    const em = this.orm.em.fork();
    const run = await new SyncRunRepository(em).findById(job.runId);
    if (run?.status !== SyncStatus.RUNNING) return;
    // From here on, a slice still working this run (its job expired) writes nothing more.
    const slice = await new SyncRunRepository(em).claimSlice(run.id);
    if (slice === null) return;
    const connection = await new ConnectionRepository(em).findById(job.connectionId);
    const userId = connection?.userId ?? '';
    const progress = new RunProgress(
      this.pubSub,
      { runId: run.id, connectionId: job.connectionId, userId },
      run,
    );
    const deadline = Date.now() + this.options.sliceMs;
    try {
      if (resumed) {
        this.logger.warn({ runId: run.id, pages: run.pages }, 'resuming an interrupted sync');
        await markResuming(em, run);
      }
      if (connection === null) throw new AppError(ErrorCode.NOT_FOUND, 'No Stripe connection');
      if (run.pages === 0) progress.start();
      const ctx = await this.context(em, run, progress, slice);
      let cursor;
      if (run.full) {
        const resume = parseBackfillCheckpoint(run.checkpoint ?? null);
        cursor = await runBackfill(ctx, resume, () => this.pausing || Date.now() >= deadline);
      } else {
        const from = decodeCursor(connection.syncCursor ?? null);
        if (from === null)
          throw new AppError(ErrorCode.INTERNAL, 'No sync cursor to continue from');
        cursor = await runIncremental(ctx, from);
      }
      if (cursor === null) {
        progress.flush();
        await this.jobs.enqueueSync(job);
        return;
      }
      await recordSuccess(em, run, encodeCursor(cursor), this.options.syncIntervalMs, slice);
      progress.finish({ status: SyncStatus.SUCCEEDED, errorCode: null, errorMessage: null });
      this.finished(run, SyncStatus.SUCCEEDED, progress);
    } catch (error) {
      if (error instanceof RunNotRunningError) {
        progress.flush();
        this.logger.info(
          { runId: run.id, slice },
          'sync slice superseded; another slice has the run',
        );
        return;
      }
      const failure = classifyStripeError(error);
      if (failure.code === ErrorCode.INTERNAL)
        this.logger.error({ err: error, runId: run.id }, 'sync failed');
      else this.logger.warn({ runId: run.id, code: failure.code }, 'sync failed');
      await this.fail(em, run.id, job.connectionId, failure, failure.code, slice);
      progress.finish({
        status: SyncStatus.FAILED,
        errorCode: failure.code,
        errorMessage: failure.message,
      });
      this.finished(run, SyncStatus.FAILED, progress);
    }
  }

  /** The job queue gave up on a run whose slices kept dying: it fails, resumable later. */
  async abandon(job: SyncJob): Promise<void> {
    const em = this.orm.em.fork();
    this.logger.error({ ...job }, 'sync run abandoned after repeated interruptions');
    await this.fail(
      em,
      job.runId,
      job.connectionId,
      new AppError(
        ErrorCode.INTERNAL,
        'The sync was interrupted too often; the next sync resumes from its last checkpoint.',
      ),
      STALE_RUN_ERROR_CODE,
    );
  }

  private async context(
    em: SqlEntityManager,
    run: SyncRunEntity,
    progress: RunProgress,
    slice: number,
  ): Promise<RunContext> {
    const connectionId = run.connection.id;
    const userId = (await new ConnectionRepository(em).findById(connectionId))?.userId ?? '';
    const categorize = await this.rules.categorizerFor(em, userId);
    const limited = limitedClient(
      await this.accounts.open(em, connectionId),
      this.limiter,
      this.options.retryPolicy,
      (error, attempt, delayMs) =>
        this.logger.warn(
          { runId: run.id, attempt, delayMs, err: classifyStripeError(error).code },
          'retrying Stripe request',
        ),
    );
    const foreground = this.options.foreground ?? NO_FOREGROUND;
    const stripe: AccountClient = {
      stripeAccountId: limited.stripeAccountId,
      call: async (call) => {
        await backgroundTurn(foreground);
        return limited.call(call);
      },
    };
    return new RunContext(
      { em, writer: this.writer },
      run.id,
      connectionId,
      stripe,
      categorize,
      progress,
      slice,
    );
  }

  private finished(
    run: SyncRunEntity,
    outcome: SyncStatus.SUCCEEDED | SyncStatus.FAILED,
    progress: RunProgress,
  ): void {
    this.observer.runFinished({
      trigger: run.trigger,
      outcome,
      durationMs: Date.now() - run.startedAt.getTime(),
      progress,
    });
  }

  private async fail(
    em: SqlEntityManager,
    runId: string,
    connectionId: string,
    failure: AppError,
    errorCode: string,
    slice?: number,
  ): Promise<void> {
    try {
      await recordFailure(
        em,
        runId,
        connectionId,
        failure,
        errorCode,
        this.options.syncIntervalMs,
        slice,
      );
    } catch (error) {
      // The run stays RUNNING; the scheduler's pass enqueues it again.
      this.logger.error({ err: error, runId }, 'could not record the failed sync');
    }
  }
}
