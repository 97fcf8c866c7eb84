import { ConnectionStatus, createCategorizer } from '@cora/core';
import {
  ConnectionRepository,
  SyncRunRepository,
  SyncStatus,
  type Orm,
  type SyncRunEntity,
  type SyncTrigger,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { AppPubSub } from '../../pubsub/pubsub.js';
import { AppError, ErrorCode } from '../../errors/app-error.js';
import type { CategoryRuleService } from '../rules/rules.service.js';
import type { ConnectedAccounts } from '../stripe/connected-accounts.js';
import { limitedClient } from '../stripe/limited-client.js';
import type { RateLimiter } from '../stripe/rate-limiter.js';
import type { RetryPolicy } from '../stripe/retry.js';
import { classifyStripeError } from '../stripe/stripe-errors.js';
import { runBackfill } from './backfill.js';
import { runIncremental } from './incremental.js';
import { RunContext } from './run-context.js';
import { RunProgress } from './run-progress.js';
import { encodeCursor } from './sync-cursor.js';
import { planSync, type SyncPlan } from './sync-plan.js';
import type { SyncObserver } from './sync-observer.js';

export interface SyncEngineOptions {
  syncIntervalMs: number;
  retryPolicy: RetryPolicy;
}

/**
 * Runs syncs in the background: one RUNNING run per connection (the database decides),
 * full backfills that resume from their checkpoint, incremental syncs from the cursor.
 * A run ends SUCCEEDED or FAILED with a safe message; failure is never reported as success.
 */
export class SyncEngine {
  private readonly active = new Map<string, Promise<void>>();

  constructor(
    private readonly orm: Orm,
    private readonly accounts: ConnectedAccounts,
    private readonly rules: CategoryRuleService,
    private readonly limiter: RateLimiter,
    private readonly pubSub: AppPubSub,
    private readonly logger: Logger,
    private readonly options: SyncEngineOptions,
    private readonly observer: SyncObserver,
  ) {}

  /** Starts a run (or returns the running one) and works on it in the background. */
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
    const { run, created } = await new SyncRunRepository(em).startRun(
      connectionId,
      trigger,
      plan.kind === 'full',
    );
    if (created) this.launch(run, connection.userId, plan, trigger);
    return run;
  }

  /**
   * Requests a run without waiting for it to start (after a connect); failures to start
   * are logged. `idle()` waits for it too.
   */
  requestSoon(connectionId: string, trigger: SyncTrigger, full: boolean): void {
    const key = `request:${connectionId}:${trigger}`;
    const starting = this.request(this.orm.em.fork(), connectionId, trigger, full)
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.warn({ err: error, connectionId, trigger }, 'could not start a sync'),
      )
      .finally(() => this.active.delete(key));
    this.active.set(key, starting);
  }

  /** How many runs this instance is working on. */
  get activeRuns(): number {
    return this.active.size;
  }

  /** Resolves when every run started by this instance has ended (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.active.size > 0) await Promise.allSettled([...this.active.values()]);
  }

  private launch(run: SyncRunEntity, userId: string, plan: SyncPlan, trigger: SyncTrigger): void {
    const work = this.execute(run.id, run.connection.id, userId, plan, trigger).finally(() =>
      this.active.delete(run.id),
    );
    this.active.set(run.id, work);
  }

  private async execute(
    runId: string,
    connectionId: string,
    userId: string,
    plan: SyncPlan,
    trigger: SyncTrigger,
  ): Promise<void> {
    const em = this.orm.em.fork();
    const progress = new RunProgress(this.pubSub, { runId, connectionId, userId });
    const startedAt = Date.now();
    progress.start();
    try {
      const categorize = createCategorizer({ userRules: await this.rules.rulesFor(em, userId) });
      const stripe = limitedClient(
        await this.accounts.open(em, connectionId),
        this.limiter,
        this.options.retryPolicy,
        (error, attempt, delayMs) =>
          this.logger.warn(
            { runId, attempt, delayMs, err: classifyStripeError(error).code },
            'retrying Stripe request',
          ),
      );
      const ctx = new RunContext(em, runId, connectionId, stripe, categorize, progress);
      const cursor =
        plan.kind === 'full'
          ? await runBackfill(ctx, plan.resume)
          : await runIncremental(ctx, plan.cursor);
      await this.succeed(
        em,
        runId,
        connectionId,
        encodeCursor(cursor),
        plan.kind === 'full' ? plan.note : null,
      );
      progress.finish({ status: SyncStatus.SUCCEEDED, errorCode: null, errorMessage: null });
      this.observer.runFinished({
        trigger,
        outcome: SyncStatus.SUCCEEDED,
        durationMs: Date.now() - startedAt,
        progress,
      });
    } catch (error) {
      const failure = classifyStripeError(error);
      if (failure.code === ErrorCode.INTERNAL)
        this.logger.error({ err: error, runId }, 'sync failed');
      else this.logger.warn({ runId, code: failure.code }, 'sync failed');
      await this.fail(em, runId, connectionId, failure);
      progress.finish({
        status: SyncStatus.FAILED,
        errorCode: failure.code,
        errorMessage: failure.message,
      });
      this.observer.runFinished({
        trigger,
        outcome: SyncStatus.FAILED,
        durationMs: Date.now() - startedAt,
        progress,
      });
    }
  }

  private async succeed(
    em: SqlEntityManager,
    runId: string,
    connectionId: string,
    cursor: string,
    note: string | null,
  ): Promise<void> {
    const finishedAt = new Date();
    await new SyncRunRepository(em).finishRun(runId, {
      status: SyncStatus.SUCCEEDED,
      finishedAt,
      note,
    });
    await new ConnectionRepository(em).recordSyncResult(connectionId, {
      lastSyncedAt: finishedAt,
      nextSyncAt: new Date(finishedAt.getTime() + this.options.syncIntervalMs),
      syncCursor: cursor,
      error: null,
    });
  }

  private async fail(
    em: SqlEntityManager,
    runId: string,
    connectionId: string,
    failure: AppError,
  ): Promise<void> {
    try {
      await new SyncRunRepository(em).finishRun(runId, {
        status: SyncStatus.FAILED,
        errorCode: failure.code,
        errorMessage: failure.message,
      });
      const connection = await new ConnectionRepository(em).findById(connectionId);
      const connected = connection?.status === ConnectionStatus.CONNECTED;
      await new ConnectionRepository(em).recordSyncResult(connectionId, {
        nextSyncAt: connected ? new Date(Date.now() + this.options.syncIntervalMs) : null,
        error: { code: failure.code, message: failure.message },
      });
    } catch (error) {
      // The run stays RUNNING and is failed as stale later; nothing is reported as success.
      this.logger.error({ err: error, runId }, 'could not record the failed sync');
    }
  }
}
