import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { pageSize, toPage, type Keyset, type Page } from '../cursor.js';
import { olderThanCursor } from '../keyset.js';
import { SyncRun, type SyncCheckpoint, type SyncRunEntity } from '../entities/sync-run.entity.js';
import { SyncStatus, type SyncTrigger } from '../enums.js';
import { newId } from '../ids.js';
import { execute } from '../sql/driver.js';

/** How a run ended. `errorMessage` must be safe to show: never a token or secret. */
export interface RunOutcome {
  status: SyncStatus.SUCCEEDED | SyncStatus.FAILED;
  errorCode?: string | null;
  errorMessage?: string | null;
  /** Why the run did what it did, shown in the history. */
  note?: string | null;
  finishedAt?: Date;
}

/** Error code given to runs orphaned by a crashed process. */
export const STALE_RUN_ERROR_CODE = 'INTERRUPTED';

/** Sync history, the single RUNNING run per connection, and resume checkpoints. */
export class SyncRunRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /**
   * Starts a run, or returns the connection's RUNNING one (`created: false`). The database's
   * partial unique index decides between two concurrent callers. Call outside a transaction.
   */
  async startRun(
    connectionId: string,
    trigger: SyncTrigger,
    full: boolean,
    start: { note?: string | null; checkpoint?: SyncCheckpoint | null } = {},
  ): Promise<{ run: SyncRunEntity; created: boolean }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const id = newId();
      const now = new Date();
      try {
        // In its own savepoint: a caller's transaction outlives a lost race for the slot.
        await this.em.transactional((tx) =>
          tx.insert(SyncRun, {
            id,
            connection: connectionId,
            trigger,
            full,
            status: SyncStatus.RUNNING,
            startedAt: now,
            updatedAt: now,
            note: start.note ?? null,
            checkpoint: start.checkpoint ?? null,
          }),
        );
        return { run: await this.em.findOneOrFail(SyncRun, id), created: true };
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
      }
      const running = await this.findRunning(connectionId);
      if (running) return { run: running, created: false };
      // The running run finished between our insert and our read: try again.
    }
    throw new Error(`Could not start a sync run for connection ${connectionId}`);
  }

  /** The connection's RUNNING run, if any. */
  async findRunning(connectionId: string): Promise<SyncRunEntity | null> {
    return this.em.findOne(
      SyncRun,
      { connection: connectionId, status: SyncStatus.RUNNING },
      { refresh: true },
    );
  }

  /** RUNNING runs with no sign of life since `olderThan`, oldest first. */
  async listRunning(olderThan: Date, limit = 100): Promise<SyncRunEntity[]> {
    return this.em.find(
      SyncRun,
      { status: SyncStatus.RUNNING, updatedAt: { $lt: olderThan } },
      { orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }], limit, refresh: true },
    );
  }

  /** Replaces a RUNNING run's note (e.g. that it is resuming after an interruption). */
  async setNote(id: string, note: string | null): Promise<void> {
    await this.em.nativeUpdate(SyncRun, { id, status: SyncStatus.RUNNING }, { note });
  }

  /** One run by id. */
  async findById(id: string): Promise<SyncRunEntity | null> {
    return this.em.findOne(SyncRun, id, { refresh: true });
  }

  /**
   * Claims the next slice of a RUNNING run for the caller, which from now on is the only one
   * whose page writes and finish hold; null when the run is not RUNNING.
   */
  async claimSlice(id: string): Promise<number | null> {
    const [row] = await execute<{ slice: number | string }>(
      this.em,
      'update sync_run set slice = slice + 1 where id = ? and status = ? returning slice',
      [id, SyncStatus.RUNNING],
    );
    return row === undefined ? null : Number(row.slice);
  }

  /**
   * Ends a RUNNING run (only while `slice`, when given, is still the latest); returns the
   * finished run, or null if it was not RUNNING or another slice had taken it over.
   */
  async finishRun(id: string, outcome: RunOutcome, slice?: number): Promise<SyncRunEntity | null> {
    const finishedAt = outcome.finishedAt ?? new Date();
    const changed = await this.em.nativeUpdate(
      SyncRun,
      { id, status: SyncStatus.RUNNING, ...(slice === undefined ? {} : { slice }) },
      {
        status: outcome.status,
        finishedAt,
        updatedAt: finishedAt,
        errorCode: outcome.errorCode ?? null,
        errorMessage: outcome.errorMessage ?? null,
        note: outcome.note ?? null,
      },
    );
    return changed === 1 ? this.findById(id) : null;
  }

  /**
   * Fails RUNNING runs with no sign of life since `olderThan` (their process died). Their
   * checkpoint stays, so {@link resumeCheckpoint} lets the next full run continue from it.
   * Returns how many runs were failed.
   */
  async failStaleRuns(olderThan: Date, now: Date = new Date()): Promise<number> {
    return this.em.nativeUpdate(
      SyncRun,
      { status: SyncStatus.RUNNING, updatedAt: { $lt: olderThan } },
      {
        status: SyncStatus.FAILED,
        finishedAt: now,
        errorCode: STALE_RUN_ERROR_CODE,
        errorMessage: 'The sync was interrupted and will resume from its last checkpoint.',
      },
    );
  }

  /** The checkpoint of the latest full run, when that run failed or never finished. */
  async resumeCheckpoint(connectionId: string): Promise<SyncCheckpoint | null> {
    const last = await this.em.findOne(
      SyncRun,
      { connection: connectionId, full: true, status: { $ne: SyncStatus.RUNNING } },
      { orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], refresh: true },
    );
    return last?.status === SyncStatus.FAILED ? (last.checkpoint ?? null) : null;
  }

  /** A connection's runs, newest first. */
  async history(
    connectionId: string,
    options: { first?: number; after?: Keyset | null } = {},
  ): Promise<Page<SyncRunEntity>> {
    const limit = pageSize(options.first, 20);
    const where: FilterQuery<SyncRunEntity>[] = [{ connection: connectionId }];
    if (options.after) where.push(olderThanCursor('startedAt', options.after));
    const rows = await this.em.find(
      SyncRun,
      { $and: where },
      { orderBy: [{ startedAt: 'desc' }, { id: 'desc' }], limit: limit + 1, refresh: true },
    );
    return toPage(rows, limit, (run) => ({ at: run.startedAt, id: run.id }));
  }

  /** Total and failed run counts of a connection, counted in SQL. */
  async counts(connectionId: string): Promise<{ total: number; failed: number }> {
    const [row] = await execute<{ total: number | string; failed: number | string | null }>(
      this.em,
      `select count(*) as total, sum(case when status = ? then 1 else 0 end) as failed
       from sync_run where connection_id = ?`,
      [SyncStatus.FAILED, connectionId],
    );
    return { total: Number(row?.total ?? 0), failed: Number(row?.failed ?? 0) };
  }

  /** Runs across every connection, newest first: the support console's run list. */
  async listAll(
    options: {
      status?: SyncStatus | null;
      since?: Date | null;
      first?: number;
      after?: Keyset | null;
    } = {},
  ): Promise<Page<SyncRunEntity> & { totalCount: number }> {
    const limit = pageSize(options.first, 20);
    const filters: FilterQuery<SyncRunEntity>[] = [];
    if (options.status) filters.push({ status: options.status });
    if (options.since) filters.push({ startedAt: { $gte: options.since } });
    const where: FilterQuery<SyncRunEntity>[] = [...filters];
    if (options.after) where.push(olderThanCursor('startedAt', options.after));
    const [rows, totalCount] = await Promise.all([
      this.em.find(SyncRun, where.length > 0 ? { $and: where } : {}, {
        orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
        limit: limit + 1,
        populate: ['connection'],
        refresh: true,
      }),
      this.em.fork().count(SyncRun, filters.length > 0 ? { $and: filters } : {}),
    ]);
    return { ...toPage(rows, limit, (run) => ({ at: run.startedAt, id: run.id })), totalCount };
  }
}
