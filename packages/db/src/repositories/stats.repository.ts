import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute } from '../sql/driver.js';
import { dayNumber, dayString } from '../sql/totals.js';

/** A sum per currency; `amount` is the exact sum in minor units, as a decimal string. */
export interface CurrencyTotal {
  currency: string;
  amount: string;
  count: number;
}

/** A sum per category and currency. */
export interface CategoryTotal extends CurrencyTotal {
  category: string;
}

/** One day's volume in one currency (UTC day, `YYYY-MM-DD`). */
export interface DailyVolume extends CurrencyTotal {
  day: string;
}

interface TotalRow {
  currency: string;
  amount: string | null;
  count: number | string;
}

const toTotal = (row: TotalRow): CurrencyTotal => ({
  currency: row.currency,
  amount: row.amount ?? '0',
  count: Number(row.count),
});

/**
 * Aggregates in SQL over the running totals that every transaction write keeps in step,
 * so their cost does not grow with the number of transactions. Amounts are never summed
 * across currencies.
 */
export class StatsRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** How many transactions the connection has. */
  async transactionCount(connectionId: string): Promise<number> {
    const [row] = await execute<{ count: number | string | null }>(
      this.em,
      'select sum(count) as count from transaction_category_total where connection_id = ?',
      [connectionId],
    );
    return Number(row?.count ?? 0);
  }

  /** Sum and count per currency. */
  async totalsByCurrency(connectionId: string): Promise<CurrencyTotal[]> {
    const rows = await execute<TotalRow>(
      this.em,
      `select currency, cast(sum(amount) as text) as amount, sum(count) as count
       from transaction_category_total where connection_id = ?
       group by currency having sum(count) > 0 order by currency`,
      [connectionId],
    );
    return rows.map(toTotal);
  }

  /** Sum and count per category and currency. */
  async totalsByCategory(connectionId: string): Promise<CategoryTotal[]> {
    const rows = await execute<TotalRow & { category: string }>(
      this.em,
      `select category, currency, cast(amount as text) as amount, count
       from transaction_category_total where connection_id = ? and count > 0
       order by category, currency`,
      [connectionId],
    );
    return rows.map((row) => ({ category: row.category, ...toTotal(row) }));
  }

  /**
   * The connection's categories as stored, in the order the user first saw them (by their
   * oldest transaction; each minimum is one seek on the category index).
   */
  async categoryNames(connectionId: string): Promise<string[]> {
    const rows = await execute<{ category: string }>(
      this.em,
      `select t.category from (
         select category from transaction_category_total where connection_id = ?
         group by category having sum(count) > 0) t
       order by (select min(s.created_at) from stripe_transaction s
                 where s.connection_id = ? and s.category = t.category), t.category`,
      [connectionId, connectionId],
    );
    return rows.map((row) => row.category);
  }

  /** Volume per UTC day and currency for charts: the days from `from`'s through the one before `to`'s. */
  async dailyVolume(connectionId: string, from: Date, to: Date): Promise<DailyVolume[]> {
    const rows = await execute<TotalRow & { day: number | string }>(
      this.em,
      `select day, currency, cast(amount as text) as amount, count
       from transaction_daily_total
       where connection_id = ? and day >= ? and day < ? and count > 0
       order by day, currency`,
      [connectionId, dayNumber(from), dayNumber(to)],
    );
    return rows.map((row) => ({ day: dayString(Number(row.day)), ...toTotal(row) }));
  }
}
