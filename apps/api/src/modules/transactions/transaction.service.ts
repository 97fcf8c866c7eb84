import { formatMinor, type StoredTransaction, type TransactionFilter } from '@cora/core';
import {
  ConnectionRepository,
  StatsRepository,
  SyncRunRepository,
  TransactionRepository,
  type Keyset,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badInput, notFound } from '../../errors/app-error.js';
import { emptyConnection, toConnection } from '../../graphql/connection.js';
import { SyncStats, type VolumePoint } from './stats.types.js';
import {
  toTransactionView,
  type StripeTransactionConnection,
  type StripeTransactionView,
} from './transaction.types.js';

const MAX_SERIES_DAYS = 366;

/** Told of each category a person sets. */
export interface CorrectionLearner {
  learnCorrection(em: SqlEntityManager, userId: string, row: StoredTransaction): Promise<void>;
}

const formatted = <T extends { amount: string; currency: string }>(total: T): T => ({
  ...total,
  amount: formatMinor(BigInt(total.amount), total.currency),
});

/**
 * A user's books: the imported transactions, their categories by hand, and the statistics.
 * Every method takes the user whose books they are; the resolvers decide who may ask.
 */
export class TransactionService {
  /** @param corrections learns each category set by hand, before the mutation answers. */
  constructor(private readonly corrections?: CorrectionLearner) {}

  async list(
    em: SqlEntityManager,
    userId: string,
    page: { first: number; after: Keyset | null; filter: TransactionFilter },
  ): Promise<StripeTransactionConnection> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) return emptyConnection();
    const repository = new TransactionRepository(em);
    const [rows, total] = await Promise.all([
      repository.list(connection.id, page),
      repository.count(connection.id, page.filter),
    ]);
    return toConnection(rows, total, (row) => toTransactionView(row, userId));
  }

  /** One of the user's transactions, or NOT_FOUND. */
  async find(em: SqlEntityManager, userId: string, id: string): Promise<StripeTransactionView> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    const row =
      connection === null ? null : await new TransactionRepository(em).findById(connection.id, id);
    if (row === null) throw notFound('No such transaction');
    return toTransactionView(row, userId);
  }

  /** A person's category: MANUAL, never overwritten by a sync or by rules. */
  async setCategory(
    em: SqlEntityManager,
    userId: string,
    id: string,
    category: string,
  ): Promise<StripeTransactionView> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    const row =
      connection === null
        ? null
        : await new TransactionRepository(em).setCategory(connection.id, id, category);
    if (row === null) throw notFound('No such transaction');
    await this.corrections?.learnCorrection(em, userId, row);
    return toTransactionView(row, userId);
  }

  async stats(em: SqlEntityManager, userId: string): Promise<SyncStats> {
    const stats = new SyncStats();
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) {
      return Object.assign(stats, {
        transactionCount: 0,
        totals: [],
        byCategory: [],
        syncCount: 0,
        failedSyncCount: 0,
        lastSyncedAt: null,
      });
    }
    const repository = new StatsRepository(em);
    const [count, totals, byCategory, runs] = await Promise.all([
      repository.transactionCount(connection.id),
      repository.totalsByCurrency(connection.id),
      repository.totalsByCategory(connection.id),
      new SyncRunRepository(em).counts(connection.id),
    ]);
    return Object.assign(stats, {
      transactionCount: count,
      totals: totals.map(formatted),
      byCategory: byCategory.map(formatted),
      syncCount: runs.total,
      failedSyncCount: runs.failed,
      lastSyncedAt: connection.lastSyncedAt ?? null,
    });
  }

  /** Volume per UTC day and currency over the last `days` days, oldest first. */
  async volumeSeries(em: SqlEntityManager, userId: string, days: number): Promise<VolumePoint[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_SERIES_DAYS) {
      throw badInput(`days must be between 1 and ${MAX_SERIES_DAYS}`);
    }
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) return [];
    const to = new Date();
    const from = new Date(
      Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate() - days + 1),
    );
    const points = await new StatsRepository(em).dailyVolume(connection.id, from, to);
    return points.map(({ day, ...total }) => ({ date: day, ...formatted(total) }));
  }
}
