import {
  bookCategory,
  type BalanceEntry,
  type SettlementTotalsMinor,
  type StoredBalanceEntry,
} from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { pageSize, toPage, type Page } from '../cursor.js';
import { upsertBookRows, type BookTableSpec } from '../sql/book-table.js';
import { dialectOf, execute, executeUpdate } from '../sql/driver.js';
import { columnsOf, rowToProperties } from '../sql/entity-columns.js';
import { settlementTotalsOf } from '../sql/settlement.js';
import type {
  BalanceEntryFilter,
  BookEntry,
  ChargeSettlement,
  ListPageOptions,
} from './books.types.js';
import type { Where } from './transaction-rows.js';

/** Once known, the links to a charge and a payout are kept when a copy without them arrives. */
export const BALANCE_ENTRY_TABLE: BookTableSpec = {
  entity: 'StripeBalanceEntry',
  table: 'stripe_balance_entry',
  statementName: 'cora_upsert_balance_entries',
  onUpdate: {
    chargeId: (column, table) => `coalesce(excluded.${column}, ${table}.${column})`,
    payoutId: (column, table) => `coalesce(excluded.${column}, ${table}.${column})`,
    // A balance transaction becomes available and never pending again.
    status: (column, table) =>
      `case when ${table}.${column} = 'available' then ${table}.${column} else excluded.${column} end`,
  },
};

function filterWhere(
  connectionId: string,
  filter: BalanceEntryFilter,
  after: ListPageOptions['after'],
): Where {
  const conditions = ['e.connection_id = ?'];
  const params: unknown[] = [connectionId];
  const add = (sql: string, value: unknown): void => {
    conditions.push(sql);
    params.push(value);
  };
  if (filter.type) add('e.type = ?', filter.type);
  if (filter.reportingCategory) add('e.reporting_category = ?', filter.reportingCategory);
  if (filter.payoutId) add('e.payout_id = ?', filter.payoutId);
  if (filter.chargeId) add('e.charge_id = ?', filter.chargeId);
  if (filter.from) add('e.created_at >= ?', filter.from);
  if (filter.to) add('e.created_at < ?', filter.to);
  if (after) {
    conditions.push('e.created_at <= ? and (e.created_at < ? or e.id < ?)');
    params.push(after.at, after.at, after.id);
  }
  return { sql: conditions.join(' and '), params };
}

/** A connection's balance entries: written by the sync and the webhooks, read by the API. */
export class BalanceEntryRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** Idempotent upsert of a page of entries, in one transaction (the caller's, if any). */
  async upsert(connectionId: string, entries: readonly BalanceEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // Inside a caller's transaction (a sync page), without a savepoint of its own.
    if (this.em.isInTransaction())
      await upsertBookRows(this.em, BALANCE_ENTRY_TABLE, connectionId, entries, new Date());
    else
      await this.em.transactional((em) =>
        upsertBookRows(em, BALANCE_ENTRY_TABLE, connectionId, entries, new Date()),
      );
  }

  /** Newest first, keyset-paginated, each entry with its bookkeeping category. */
  async list(
    connectionId: string,
    options: ListPageOptions & { filter?: BalanceEntryFilter } = {},
  ): Promise<Page<BookEntry>> {
    const limit = pageSize(options.first, 50);
    const where = filterWhere(connectionId, options.filter ?? {}, options.after ?? null);
    const columns = columnsOf(this.em, 'StripeBalanceEntry');
    const rows = await execute(
      this.em,
      `select e.*, t.category as charge_category from stripe_balance_entry e
         left join stripe_transaction t on t.connection_id = e.connection_id and t.stripe_id = e.charge_id
       where ${where.sql} order by e.created_at desc, e.id desc limit ?`,
      [...where.params, limit + 1],
    );
    const entries = rows.map((row) => {
      const entry = rowToProperties<StoredBalanceEntry>(columns, row);
      const chargeCategory = typeof row.charge_category === 'string' ? row.charge_category : null;
      return { ...entry, category: bookCategory(entry, chargeCategory) };
    });
    return toPage(entries, limit, (entry) => ({ at: entry.createdAt, id: entry.id }));
  }

  /** How many entries match the filter. */
  async count(connectionId: string, filter: BalanceEntryFilter = {}): Promise<number> {
    const where = filterWhere(connectionId, filter, null);
    const [row] = await execute<{ count: number | string }>(
      this.em,
      `select count(*) as count from stripe_balance_entry e where ${where.sql}`,
      where.params,
    );
    return Number(row?.count ?? 0);
  }

  /** One entry by its Stripe id, or null. */
  async findByStripeId(connectionId: string, stripeId: string): Promise<StoredBalanceEntry | null> {
    const columns = columnsOf(this.em, 'StripeBalanceEntry');
    const [row] = await execute(
      this.em,
      'select * from stripe_balance_entry where connection_id = ? and stripe_id = ?',
      [connectionId, stripeId],
    );
    return row === undefined ? null : rowToProperties<StoredBalanceEntry>(columns, row);
  }

  /**
   * What each given transaction's balance transaction says (fee, net, settlement currency,
   * rate), by CORA transaction id, in one query; absent while the fee is not known.
   */
  async chargeSettlements(
    transactionIds: readonly string[],
  ): Promise<Map<string, ChargeSettlement>> {
    const found = new Map<string, ChargeSettlement>();
    if (transactionIds.length === 0) return found;
    const rows = await execute<{
      id: string;
      fee_minor: number | string;
      net_minor: number | string;
      currency: string;
      exchange_rate: number | string | null;
    }>(
      this.em,
      `select t.id, e.fee_minor, e.net_minor, e.currency, e.exchange_rate from stripe_transaction t
         join stripe_balance_entry e on e.connection_id = t.connection_id and e.stripe_id = t.balance_transaction_id
       where t.id in (${transactionIds.map(() => '?').join(', ')})`,
      transactionIds,
    );
    for (const row of rows)
      found.set(row.id, {
        feeMinor: Number(row.fee_minor),
        netMinor: Number(row.net_minor),
        currency: row.currency,
        exchangeRate: row.exchange_rate === null ? null : Number(row.exchange_rate),
      });
    return found;
  }

  /**
   * Records the charge of refund and dispute entries found by their source (`re_…`, `dp_…`):
   * one statement of arrays on PostgreSQL, one prepared statement per link on SQLite.
   */
  async linkSourcesToCharge(
    connectionId: string,
    links: ReadonlyMap<string, string>,
  ): Promise<void> {
    if (links.size === 0) return;
    if (dialectOf(this.em) === 'postgresql') {
      await executeUpdate(
        this.em,
        `update stripe_balance_entry e set charge_id = l.charge_id
         from unnest(?::varchar[], ?::varchar[]) as l(source_id, charge_id)
         where e.connection_id = ? and e.source_id = l.source_id and e.charge_id is null`,
        [[...links.keys()], [...links.values()], connectionId],
      );
      return;
    }
    for (const [sourceId, chargeId] of links)
      await executeUpdate(
        this.em,
        'update stripe_balance_entry set charge_id = ? where connection_id = ? and source_id = ? and charge_id is null',
        [chargeId, connectionId, sourceId],
      );
  }

  /** Settlement totals per currency over entries created in [from, to). */
  settlement(
    connectionId: string,
    period: { from?: Date | null; to?: Date | null } = {},
  ): Promise<SettlementTotalsMinor[]> {
    return settlementTotalsOf(this.em, connectionId, period);
  }
}
