import { reconcilePayout, type BalanceEntry, type StoredPayout } from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { pageSize, toPage, type Page } from '../cursor.js';
import { upsertBookRows, type BookTableSpec } from '../sql/book-table.js';
import { lockConnectionWrites } from '../sql/connection-lock.js';
import { execute, executeUpdate } from '../sql/driver.js';
import { columnsOf, rowToProperties } from '../sql/entity-columns.js';
import { BALANCE_ENTRY_TABLE } from './balance-entry.repository.js';
import type { ListPageOptions, ReconciledPayout, VersionedPayout } from './books.types.js';

/** A payout's status moves forward: an older copy never replaces a newer one. */
const PAYOUT_TABLE: BookTableSpec = {
  entity: 'StripePayout',
  table: 'stripe_payout',
  statementName: 'cora_upsert_payouts',
  neverUpdated: ['entriesLinkedAt'],
  updateWhere: 'excluded.source_version >= stripe_payout.source_version',
};

type Sum = number | string;
interface SumsRow {
  payout_id: string;
  entry_count: Sum;
  gross: Sum;
  fees: Sum;
  net: Sum;
}

/** A connection's payouts, each reconciled against the balance entries it settled. */
export class PayoutRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** Idempotent upsert of a page of payouts, in one transaction (the caller's, if any). */
  async upsert(connectionId: string, payouts: readonly VersionedPayout[]): Promise<void> {
    if (payouts.length === 0) return;
    // Inside a caller's transaction (a sync page), without a savepoint of its own.
    if (this.em.isInTransaction())
      await upsertBookRows(this.em, PAYOUT_TABLE, connectionId, payouts, new Date());
    else
      await this.em.transactional((em) =>
        upsertBookRows(em, PAYOUT_TABLE, connectionId, payouts, new Date()),
      );
  }

  /**
   * Stores a page of the entries a payout settled (Stripe's `?payout=` listing); with
   * `complete`, the listing is done and the payout is marked linked, in the same transaction
   * (committed as a bulk page: a lost one is listed and linked again).
   */
  async linkEntries(
    connectionId: string,
    payoutStripeId: string,
    entries: readonly BalanceEntry[],
    complete: boolean,
  ): Promise<void> {
    await this.em.transactional(async (em) => {
      const now = new Date();
      await lockConnectionWrites(em, connectionId, true);
      await upsertBookRows(em, BALANCE_ENTRY_TABLE, connectionId, entries, now);
      if (complete)
        await executeUpdate(
          em,
          'update stripe_payout set entries_linked_at = ? where connection_id = ? and stripe_id = ?',
          [now, connectionId, payoutStripeId],
        );
    });
  }

  /** Automatic payouts whose settled entries were not imported yet, oldest first. */
  async unlinked(connectionId: string, limit = 100): Promise<StoredPayout[]> {
    return this.select(
      `connection_id = ? and automatic = ? and entries_linked_at is null order by created_at asc, id asc limit ?`,
      [connectionId, true, limit],
    );
  }

  /** `created` (unix seconds) of the oldest payout still pending or in transit, or null. */
  async oldestOpenCreated(connectionId: string): Promise<number | null> {
    const [row] = await this.select(
      `connection_id = ? and status in ('pending', 'in_transit') order by created_at asc, id asc limit 1`,
      [connectionId],
    );
    return row === undefined ? null : Math.floor(row.createdAt.getTime() / 1000);
  }

  /** Newest first, keyset-paginated, each with its reconciliation. */
  async list(connectionId: string, options: ListPageOptions = {}): Promise<Page<ReconciledPayout>> {
    const limit = pageSize(options.first, 20);
    const after = options.after ?? null;
    const rows = await this.select(
      `connection_id = ?${after ? ' and created_at <= ? and (created_at < ? or id < ?)' : ''} order by created_at desc, id desc limit ?`,
      after ? [connectionId, after.at, after.at, after.id, limit + 1] : [connectionId, limit + 1],
    );
    const reconciled = await this.reconcile(connectionId, rows);
    return toPage(reconciled, limit, (payout) => ({ at: payout.createdAt, id: payout.id }));
  }

  /** One payout by its Stripe id, reconciled; or null. */
  async findByStripeId(connectionId: string, stripeId: string): Promise<ReconciledPayout | null> {
    const rows = await this.select('connection_id = ? and stripe_id = ?', [connectionId, stripeId]);
    const [payout] = await this.reconcile(connectionId, rows);
    return payout ?? null;
  }

  /** How many payouts the connection has. */
  async count(connectionId: string): Promise<number> {
    const [row] = await execute<{ count: number | string }>(
      this.em,
      'select count(*) as count from stripe_payout where connection_id = ?',
      [connectionId],
    );
    return Number(row?.count ?? 0);
  }

  /** The payouts with the sums of their settled entries, summed in one GROUP BY. */
  private async reconcile(
    connectionId: string,
    payouts: readonly StoredPayout[],
  ): Promise<ReconciledPayout[]> {
    if (payouts.length === 0) return [];
    const sums = await execute<SumsRow>(
      this.em,
      `select payout_id, count(*) as entry_count, sum(amount_minor) as gross, sum(fee_minor) as fees,
         sum(net_minor) as net from stripe_balance_entry
       where connection_id = ? and payout_id in (${payouts.map(() => '?').join(', ')}) group by payout_id`,
      [connectionId, ...payouts.map((payout) => payout.stripeId)],
    );
    const byPayout = new Map(sums.map((row) => [row.payout_id, row]));
    return payouts.map((payout) => {
      const row = byPayout.get(payout.stripeId);
      return {
        ...payout,
        ...reconcilePayout(payout.amountMinor, {
          entryCount: Number(row?.entry_count ?? 0),
          grossMinor: BigInt(row?.gross ?? 0),
          feesMinor: BigInt(row?.fees ?? 0),
          netMinor: BigInt(row?.net ?? 0),
        }),
      };
    });
  }

  private async select(where: string, params: readonly unknown[]): Promise<StoredPayout[]> {
    const columns = columnsOf(this.em, 'StripePayout').filter(
      (c) => c.property !== 'sourceVersion' && c.property !== 'entriesLinkedAt',
    );
    const rows = await execute(this.em, `select * from stripe_payout where ${where}`, params);
    return rows.map((row) => rowToProperties<StoredPayout>(columns, row));
  }
}
