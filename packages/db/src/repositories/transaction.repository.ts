import type { SqlEntityManager } from '@mikro-orm/knex';
import { pageSize, toPage, type Page } from '../cursor.js';
import { olderThanCursor } from '../keyset.js';
import { StripeTransaction, type StripeTransactionEntity } from '../entities/transaction.entity.js';
import { CategorySource } from '../enums.js';
import { applyRows } from '../sql/apply-rows.js';
import { lockConnectionWrites } from '../sql/connection-lock.js';
import { countFromTotals, TotalsDelta } from '../sql/totals.js';
import { recordPageProgress } from '../sql/run-progress.js';
import { filterQuery } from './transaction-filter.js';
import { recategorize } from './recategorize.js';
import type {
  CategorizableTransaction,
  CategoryResult,
  TransactionFilter,
  TransactionUpsertRow,
  UpsertCounts,
  UpsertOutcome,
  UpsertPageInput,
} from './transaction.types.js';

/** Thrown when a page arrives for a run that is no longer RUNNING (e.g. declared stale). */
export class RunNotRunningError extends Error {
  constructor(readonly runId: string) {
    super(`Sync run ${runId} is not running`);
    this.name = 'RunNotRunningError';
  }
}

/** Options of {@link TransactionRepository.list}. */
export interface ListTransactionsOptions {
  first?: number;
  after?: string | null;
  filter?: TransactionFilter;
}

/** Imported charges of a connection: writes from the sync engine, reads for the API. */
export class TransactionRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /**
   * Upserts one page and records the run's checkpoint and counters, in ONE transaction.
   * Never replaces a MANUAL category; ignores rows older than the stored version.
   * @throws RunNotRunningError when the run is not RUNNING (nothing is written).
   */
  async upsertPage(input: UpsertPageInput): Promise<UpsertCounts> {
    return this.em.transactional(async (em) => {
      const now = new Date();
      const { counts } = await applyRows(em, input.connectionId, input.rows, now, true);
      const fetched = input.fetched ?? input.rows.length;
      const recorded = await recordPageProgress(em, {
        runId: input.runId,
        connectionId: input.connectionId,
        fetched,
        inserted: counts.inserted,
        updated: counts.updated,
        skipped: input.skipped ?? fetched - counts.inserted - counts.updated,
        checkpoint: input.checkpoint,
        now,
      });
      if (!recorded) throw new RunNotRunningError(input.runId);
      return counts;
    });
  }

  /** The single-row variant for webhooks: what happened, and the row as now stored. */
  async upsertOne(
    connectionId: string,
    row: TransactionUpsertRow,
  ): Promise<{ outcome: UpsertOutcome; transaction: StripeTransactionEntity }> {
    const outcome = await this.em.transactional(async (em) => {
      const { outcomes } = await applyRows(em, connectionId, [row], new Date(), false);
      return outcomes.get(row.stripeId) ?? 'unchanged';
    });
    const transaction = await this.em.findOneOrFail(
      StripeTransaction,
      { connection: connectionId, stripeId: row.stripeId },
      { refresh: true },
    );
    return { outcome, transaction };
  }

  /** Newest first, keyset-paginated; `after` is an opaque cursor from a previous page. */
  async list(
    connectionId: string,
    options: ListTransactionsOptions = {},
  ): Promise<Page<StripeTransactionEntity>> {
    const limit = pageSize(options.first, 50);
    const where = filterQuery(this.em, connectionId, options.filter);
    if (options.after) where.push(olderThanCursor('createdAt', options.after));
    const rows = await this.em.find(
      StripeTransaction,
      { $and: where },
      { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: limit + 1 },
    );
    return toPage(rows, limit, (row) => ({ at: row.createdAt, id: row.id }));
  }

  /**
   * How many transactions match the filter (the list's totalCount). Without a date range or
   * search it is read from the running totals, so it costs the same at any volume.
   */
  async count(connectionId: string, filter: TransactionFilter = {}): Promise<number> {
    if (!filter.from && !filter.to && !filter.search) {
      return countFromTotals(this.em, connectionId, filter);
    }
    return this.em.count(StripeTransaction, { $and: filterQuery(this.em, connectionId, filter) });
  }

  /** One transaction of a connection, or null. */
  async findById(connectionId: string, id: string): Promise<StripeTransactionEntity | null> {
    return this.em.findOne(StripeTransaction, { id, connection: connectionId });
  }

  /**
   * Applies `decide` (core's categorization) to every non-MANUAL transaction of the
   * connection, in batches; returns how many rows changed category.
   */
  async recategorize(
    connectionId: string,
    decide: (row: CategorizableTransaction) => CategoryResult,
    batchSize = 500,
  ): Promise<number> {
    return recategorize(this.em, connectionId, decide, batchSize);
  }

  /** A person's category: stored as MANUAL, which no later sync replaces. */
  async setCategory(
    connectionId: string,
    id: string,
    category: string,
  ): Promise<StripeTransactionEntity | null> {
    return this.em.transactional(async (em) => {
      await lockConnectionWrites(em, connectionId);
      const row = await em.findOne(StripeTransaction, { id, connection: connectionId });
      if (!row) return null;
      const totals = new TotalsDelta();
      totals.add(row, -1);
      row.category = category;
      row.categorySource = CategorySource.MANUAL;
      row.categoryRuleId = null;
      totals.add(row, 1);
      await em.flush();
      await totals.apply(em, connectionId);
      return row;
    });
  }
}
