import {
  formatMinor,
  mergeCategories,
  spellingsOf,
  type StoredTransaction,
  type TransactionFilter,
} from '@cora/core';
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
import { categorySpellings } from './category-names.js';
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

const sumTotals = <T extends { amount: string; count: number }>(into: T, row: T): T => ({
  ...into,
  amount: String(BigInt(into.amount) + BigInt(row.amount)),
  count: into.count + row.count,
});

const sortKey = (total: { category: string; currency: string }): string =>
  `${total.category}\u0000${total.currency}`;
const byCategoryThenCurrency = (
  a: { category: string; currency: string },
  b: { category: string; currency: string },
): number => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0);

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
    const filter = await this.everySpelling(em, connection.id, page.filter);
    const [rows, total] = await Promise.all([
      repository.list(connection.id, { ...page, filter }),
      repository.count(connection.id, filter),
    ]);
    return toConnection(rows, total, (row) => toTransactionView(row, userId));
  }

  /** A category filter matches the category in every stored case and spacing. */
  private async everySpelling(
    em: SqlEntityManager,
    connectionId: string,
    filter: TransactionFilter,
  ): Promise<TransactionFilter> {
    if (typeof filter.category !== 'string') return filter;
    const stored = await new StatsRepository(em).categoryNames(connectionId);
    const spellings = spellingsOf(filter.category, stored);
    return { ...filter, category: spellings.length > 0 ? spellings : filter.category };
  }

  /** One of the user's transactions, or NOT_FOUND. */
  async find(em: SqlEntityManager, userId: string, id: string): Promise<StripeTransactionView> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    const row =
      connection === null ? null : await new TransactionRepository(em).findById(connection.id, id);
    if (row === null) throw notFound('No such transaction');
    return toTransactionView(row, userId);
  }

  /**
   * A person's category: MANUAL, never overwritten by a sync or by rules. A category the books
   * already have in another case or spacing is stored in the spelling the user saw first.
   */
  async setCategory(
    em: SqlEntityManager,
    userId: string,
    id: string,
    category: string,
  ): Promise<StripeTransactionView> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    const spelled = (await categorySpellings(em, connection?.id ?? null)).spell(category);
    const row =
      connection === null
        ? null
        : await new TransactionRepository(em).setCategory(connection.id, id, spelled);
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
    const [count, totals, byCategory, spellings, runs] = await Promise.all([
      repository.transactionCount(connection.id),
      repository.totalsByCurrency(connection.id),
      repository.totalsByCategory(connection.id),
      categorySpellings(em, connection.id),
      new SyncRunRepository(em).counts(connection.id),
    ]);
    const merged = mergeCategories(byCategory, spellings, sumTotals, (total) => total.currency);
    return Object.assign(stats, {
      transactionCount: count,
      totals: totals.map(formatted),
      byCategory: merged.sort(byCategoryThenCurrency).map(formatted),
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
