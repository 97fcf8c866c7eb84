import { formatMinor } from '@cora/core';
import {
  ConnectionRepository,
  decodeKeyset,
  StatsRepository,
  SyncRunRepository,
  TransactionRepository,
  type StripeConnectionEntity,
  type SyncRunEntity,
  type SyncTrigger,
  type TransactionFilter,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badInput, notFound } from '../../errors/app-error.js';
import { withCursor } from '../../graphql/args.js';
import { toTransactionConnection, toTransactionView } from '../transactions/transaction.mapper.js';
import type {
  StripeTransactionConnection,
  StripeTransactionView,
} from '../transactions/transaction.types.js';
import { toSyncRunConnection } from './sync.mapper.js';
import type { SyncEngine } from './sync.engine.js';
import { SyncStats, type SyncRunConnection } from './sync.types.js';

const MAX_SERIES_DAYS = 366;

/** One day of synced volume in one currency, for charts. */
export interface VolumePointView {
  date: string;
  currency: string;
  amount: string;
  count: number;
}

/**
 * What users (and support, for any user) can read and do with a user's synced books.
 * Every method takes the user whose data it is; the resolvers decide who may ask.
 */
export class SyncService {
  constructor(private readonly engine: SyncEngine) {}

  async start(
    em: SqlEntityManager,
    userId: string,
    trigger: SyncTrigger,
    full: boolean,
  ): Promise<SyncRunEntity> {
    const connection = await this.connectionOf(em, userId);
    if (connection === null) throw notFound('No Stripe account is connected');
    return this.engine.request(em, connection.id, trigger, full);
  }

  async transactions(
    em: SqlEntityManager,
    userId: string,
    first: number,
    after: string | null,
    filter: TransactionFilter,
  ): Promise<StripeTransactionConnection> {
    if (after) await withCursor(() => Promise.resolve(decodeKeyset(after)));
    const connection = await this.connectionOf(em, userId);
    if (connection === null) return toTransactionConnection(emptyPage(), 0);
    const repository = new TransactionRepository(em);
    const [page, total] = await Promise.all([
      withCursor(() => repository.list(connection.id, { first, after, filter })),
      repository.count(connection.id, filter),
    ]);
    return toTransactionConnection(page, total);
  }

  async history(
    em: SqlEntityManager,
    userId: string,
    first: number,
    after: string | null,
  ): Promise<SyncRunConnection> {
    if (after) await withCursor(() => Promise.resolve(decodeKeyset(after)));
    const connection = await this.connectionOf(em, userId);
    if (connection === null) return toSyncRunConnection(emptyPage(), 0);
    const runs = new SyncRunRepository(em);
    const [page, counts] = await Promise.all([
      withCursor(() => runs.history(connection.id, { first, after })),
      runs.counts(connection.id),
    ]);
    return toSyncRunConnection(page, counts.total);
  }

  async stats(em: SqlEntityManager, userId: string): Promise<SyncStats> {
    const stats = new SyncStats();
    const connection = await this.connectionOf(em, userId);
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
      totals: totals.map((t) => ({ ...t, amount: formatMinor(BigInt(t.amount), t.currency) })),
      byCategory: byCategory.map((t) => ({
        ...t,
        amount: formatMinor(BigInt(t.amount), t.currency),
      })),
      syncCount: runs.total,
      failedSyncCount: runs.failed,
      lastSyncedAt: connection.lastSyncedAt ?? null,
    });
  }

  async volumeSeries(
    em: SqlEntityManager,
    userId: string,
    days: number,
  ): Promise<VolumePointView[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_SERIES_DAYS) {
      throw badInput(`days must be between 1 and ${MAX_SERIES_DAYS}`);
    }
    const connection = await this.connectionOf(em, userId);
    if (connection === null) return [];
    const to = new Date();
    const from = new Date(
      Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate() - days + 1),
    );
    const points = await new StatsRepository(em).dailyVolume(connection.id, from, to);
    return points.map((p) => ({
      date: p.day,
      currency: p.currency,
      amount: formatMinor(BigInt(p.amount), p.currency),
      count: p.count,
    }));
  }

  /** One of the user's transactions, or NOT_FOUND. */
  async transaction(
    em: SqlEntityManager,
    userId: string,
    id: string,
  ): Promise<StripeTransactionView> {
    const connection = await this.connectionOf(em, userId);
    const row =
      connection === null ? null : await new TransactionRepository(em).findById(connection.id, id);
    if (row === null) throw notFound('No such transaction');
    return toTransactionView(row);
  }

  /** A person's category: MANUAL, never overwritten by a sync or by rules. */
  async setCategory(
    em: SqlEntityManager,
    userId: string,
    id: string,
    category: string,
  ): Promise<StripeTransactionView> {
    const connection = await this.connectionOf(em, userId);
    const row =
      connection === null
        ? null
        : await new TransactionRepository(em).setCategory(connection.id, id, category);
    if (row === null) throw notFound('No such transaction');
    return toTransactionView(row);
  }

  connectionOf(em: SqlEntityManager, userId: string): Promise<StripeConnectionEntity | null> {
    return new ConnectionRepository(em).findByUserId(userId);
  }
}

function emptyPage<T>(): {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
} {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
}
