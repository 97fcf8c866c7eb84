import type { SqlEntityManager } from '@mikro-orm/knex';
import type { TransactionFilter } from '@cora/core';
import { categoryCondition } from './category-filter.js';
import { dialectOf, execute } from './driver.js';
import { postgresConnection, prepared, sqliteConnection } from './driver.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of an instant: the key of the daily totals. */
export const dayNumber = (at: Date): number => Math.floor(at.getTime() / DAY_MS);

/** The `YYYY-MM-DD` of a day number. */
export const dayString = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** What the running totals know of one transaction. */
export interface TotalsFact {
  category: string;
  currency: string;
  amountMinor: number;
  createdAt: Date;
}

type Entry<K> = { key: K; currency: string; amount: number; count: number };

function upsertSql(table: string, keyColumn: string): string {
  return (
    `insert into ${table} (connection_id, ${keyColumn}, currency, amount, count) values (?, ?, ?, ?, ?) ` +
    `on conflict (connection_id, ${keyColumn}, currency) do update set ` +
    `amount = ${table}.amount + excluded.amount, count = ${table}.count + excluded.count`
  );
}

/** The insert of one totals table from four arrays, bound from `$first` on (the connection is `$1`). */
function unnestSql(table: string, keyColumn: string, keyType: string, first = 2): string {
  const [k, c, a, n] = [first, first + 1, first + 2, first + 3];
  // Sorted, so concurrent writers lock total rows in the same order and cannot deadlock.
  return (
    `insert into ${table} (connection_id, ${keyColumn}, currency, amount, count) ` +
    `select $1::uuid, k, c, a, n from unnest($${k}::${keyType}[], $${c}::varchar[], $${a}::bigint[], $${n}::int[]) ` +
    `as u(k, c, a, n) order by k, c ` +
    `on conflict (connection_id, ${keyColumn}, currency) do update set ` +
    `amount = ${table}.amount + excluded.amount, count = ${table}.count + excluded.count`
  );
}

/** Both tables in one statement on PostgreSQL: one round trip per page for the totals. */
const BOTH_POSTGRES = {
  name: 'cora_all_totals',
  text:
    `with category as (${unnestSql('transaction_category_total', 'category', 'varchar')}) ` +
    unnestSql('transaction_daily_total', 'day', 'int', 6),
};

const CATEGORY_SQLITE = upsertSql('transaction_category_total', 'category');
const DAILY_SQLITE = upsertSql('transaction_daily_total', 'day');

/**
 * Changes to a connection's running totals, collected while rows are written and applied
 * in the same transaction: `add(fact, +1)` for a new row, `-1` for the state it replaces.
 */
export class TotalsDelta {
  private readonly byCategory = new Map<string, Entry<string>>();
  private readonly byDay = new Map<string, Entry<number>>();

  add(fact: TotalsFact, sign: 1 | -1): void {
    const day = dayNumber(fact.createdAt);
    bump(
      this.byCategory,
      JSON.stringify([fact.category, fact.currency]),
      fact.category,
      fact,
      sign,
    );
    bump(this.byDay, JSON.stringify([day, fact.currency]), day, fact, sign);
  }

  /** Writes the non-zero changes (inside the caller's transaction). */
  async apply(em: SqlEntityManager, connectionId: string): Promise<void> {
    const byCategory = nonZero(this.byCategory);
    const byDay = nonZero(this.byDay);
    if (dialectOf(em) === 'postgresql') {
      if (byCategory.length === 0 && byDay.length === 0) return;
      const values = [connectionId, ...columnsOfEntries(byCategory), ...columnsOfEntries(byDay)];
      await (await postgresConnection(em)).query({ ...BOTH_POSTGRES, values });
      return;
    }
    await writeSqlite(em, connectionId, CATEGORY_SQLITE, byCategory);
    await writeSqlite(em, connectionId, DAILY_SQLITE, byDay);
  }
}

function columnsOfEntries<K>(entries: readonly Entry<K>[]): unknown[][] {
  return [
    entries.map((e) => e.key),
    entries.map((e) => e.currency),
    entries.map((e) => e.amount),
    entries.map((e) => e.count),
  ];
}

async function writeSqlite<K extends string | number>(
  em: SqlEntityManager,
  connectionId: string,
  sql: string,
  entries: Entry<K>[],
): Promise<void> {
  if (entries.length === 0) return;
  const statement = prepared(await sqliteConnection(em), sql);
  for (const e of entries) statement.run(connectionId, e.key, e.currency, e.amount, e.count);
}

function bump<K>(
  map: Map<string, Entry<K>>,
  id: string,
  key: K,
  fact: TotalsFact,
  sign: 1 | -1,
): void {
  const entry = map.get(id) ?? { key, currency: fact.currency, amount: 0, count: 0 };
  entry.amount += sign * fact.amountMinor;
  entry.count += sign;
  map.set(id, entry);
}

function nonZero<K>(map: Map<string, Entry<K>>): Entry<K>[] {
  return [...map.values()].filter((e) => e.amount !== 0 || e.count !== 0);
}

/** A connection's transaction count, optionally of one category and/or currency, from the totals. */
export async function countFromTotals(
  em: SqlEntityManager,
  connectionId: string,
  filter: Pick<TransactionFilter, 'category' | 'currency'>,
): Promise<number> {
  const where = ['connection_id = ?'];
  const params: unknown[] = [connectionId];
  const category = categoryCondition(filter.category);
  if (category !== null) {
    where.push(category.sql);
    params.push(...category.params);
  }
  if (filter.currency) {
    where.push('currency = ?');
    params.push(filter.currency.toUpperCase());
  }
  const [row] = await execute<{ count: number | string | null }>(
    em,
    `select sum(count) as count from transaction_category_total where ${where.join(' and ')}`,
    params,
  );
  return Number(row?.count ?? 0);
}
