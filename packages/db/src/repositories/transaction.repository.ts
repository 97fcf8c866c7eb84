import {
  CategorySource,
  type StoredTransaction,
  type TransactionFilter,
  type VersionedTransaction,
} from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { pageSize, toPage, type Keyset, type Page } from '../cursor.js';
import { upsertBookRows } from '../sql/book-table.js';
import { BALANCE_ENTRY_TABLE } from './balance-entry.repository.js';
import { RunNotRunningError } from './run-page.js';
import { applyRows } from './transaction-upsert.js';
import { lockConnectionWrites } from '../sql/connection-lock.js';
import { dialectOf, execute } from '../sql/driver.js';
import { countFromTotals, TotalsDelta } from '../sql/totals.js';
import { recordPageProgress } from '../sql/run-progress.js';
import { recategorize, type Recategorize } from './recategorize.js';
import { filterWhere, selectTransactions, updateCategory } from './transaction-rows.js';
import type { UpsertCounts, UpsertOutcome, UpsertPageInput } from './transaction.types.js';

/** Options of {@link TransactionRepository.list}. */
export interface ListTransactionsOptions {
  first?: number;
  /** The position to continue after (a decoded cursor of a previous page). */
  after?: Keyset | null;
  filter?: TransactionFilter;
}

/** Imported charges of a connection: writes from the sync engine, reads for the API. */
export class TransactionRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /**
   * Upserts one page (its charges and the balance entries they carry) and records the run's
   * checkpoint and counters, in ONE transaction.
   * Never replaces a MANUAL category; ignores rows older than the stored version.
   * @throws RunNotRunningError when the run is not RUNNING, or another slice has claimed it
   *   (nothing is written).
   */
  async upsertPage(input: UpsertPageInput): Promise<UpsertCounts> {
    return this.em.transactional(async (em) => {
      const now = new Date();
      const { counts } = await applyRows(em, input.connectionId, input.rows, now, true);
      if (input.entries !== undefined)
        await upsertBookRows(em, BALANCE_ENTRY_TABLE, input.connectionId, input.entries, now);
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
        slice: input.slice,
      });
      if (!recorded) throw new RunNotRunningError(input.runId);
      return counts;
    });
  }

  /** The single-row variant for webhooks: what happened, and the row as now stored. */
  async upsertOne(
    connectionId: string,
    row: VersionedTransaction,
  ): Promise<{ outcome: UpsertOutcome; transaction: StoredTransaction }> {
    const outcome = await this.em.transactional(async (em) => {
      const { outcomes } = await applyRows(em, connectionId, [row], new Date(), false);
      return outcomes.get(row.stripeId) ?? 'unchanged';
    });
    const [transaction] = await this.select('connection_id = ? and stripe_id = ?', [
      connectionId,
      row.stripeId,
    ]);
    if (transaction === undefined) throw new Error(`Transaction ${row.stripeId} was not stored`);
    return { outcome, transaction };
  }

  /** Newest first, keyset-paginated after a previous page's position. */
  async list(
    connectionId: string,
    options: ListTransactionsOptions = {},
  ): Promise<Page<StoredTransaction>> {
    const limit = pageSize(options.first, 50);
    const where = filterWhere(
      dialectOf(this.em),
      connectionId,
      options.filter,
      options.after ?? null,
    );
    const rows = await this.select(`${where.sql} order by created_at desc, id desc limit ?`, [
      ...where.params,
      limit + 1,
    ]);
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
    const where = filterWhere(dialectOf(this.em), connectionId, filter);
    const [row] = await execute<{ count: number | string }>(
      this.em,
      `select count(*) as count from stripe_transaction where ${where.sql}`,
      where.params,
    );
    return Number(row?.count ?? 0);
  }

  /** One transaction of a connection, or null. */
  async findById(connectionId: string, id: string): Promise<StoredTransaction | null> {
    const [row] = await this.select('connection_id = ? and id = ?', [connectionId, id]);
    return row ?? null;
  }

  /**
   * Applies `decide` (core's categorization) to every non-MANUAL transaction of the
   * connection, in batches; returns how many rows changed category.
   */
  async recategorize(connectionId: string, decide: Recategorize, batchSize = 500): Promise<number> {
    return recategorize(this.em, connectionId, decide, batchSize);
  }

  /** A person's category: stored as MANUAL, which no later sync replaces. */
  async setCategory(
    connectionId: string,
    id: string,
    category: string,
  ): Promise<StoredTransaction | null> {
    return this.em.transactional(async (em) => {
      await lockConnectionWrites(em, connectionId);
      const [row] = await selectTransactions(em, 'connection_id = ? and id = ?', [
        connectionId,
        id,
      ]);
      if (row === undefined) return null;
      const manual = { category, categorySource: CategorySource.MANUAL, categoryRuleId: null };
      await updateCategory(em, id, manual, new Date());
      const updated = { ...row, ...manual };
      const totals = new TotalsDelta();
      totals.add(row, -1);
      totals.add(updated, 1);
      await totals.apply(em, connectionId);
      return updated;
    });
  }

  private select(where: string, params: readonly unknown[]): Promise<StoredTransaction[]> {
    return selectTransactions(this.em, where, params);
  }
}
