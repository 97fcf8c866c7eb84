import type { SqlEntityManager } from '@mikro-orm/knex';
import { dialectOf, execute } from '../sql/dialect.js';

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

/** Aggregates computed in SQL; amounts are never summed across currencies. */
export class StatsRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** How many transactions the connection has. */
  async transactionCount(connectionId: string): Promise<number> {
    const [row] = await execute<{ count: number | string }>(
      this.em,
      'select count(*) as count from stripe_transaction where connection_id = ?',
      [connectionId],
    );
    return Number(row?.count ?? 0);
  }

  /** Sum and count per currency. */
  async totalsByCurrency(connectionId: string): Promise<CurrencyTotal[]> {
    const rows = await execute<TotalRow>(
      this.em,
      `select currency, cast(sum(amount_minor) as text) as amount, count(*) as count
       from stripe_transaction where connection_id = ? group by currency order by currency`,
      [connectionId],
    );
    return rows.map(toTotal);
  }

  /** Sum and count per category and currency. */
  async totalsByCategory(connectionId: string): Promise<CategoryTotal[]> {
    const rows = await execute<TotalRow & { category: string }>(
      this.em,
      `select category, currency, cast(sum(amount_minor) as text) as amount, count(*) as count
       from stripe_transaction where connection_id = ?
       group by category, currency order by category, currency`,
      [connectionId],
    );
    return rows.map((row) => ({ category: row.category, ...toTotal(row) }));
  }

  /** Volume per UTC day and currency for charts, `from` inclusive, `to` exclusive. */
  async dailyVolume(connectionId: string, from: Date, to: Date): Promise<DailyVolume[]> {
    const day =
      dialectOf(this.em) === 'postgresql'
        ? `to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')`
        : `strftime('%Y-%m-%d', created_at / 1000, 'unixepoch')`;
    const rows = await execute<TotalRow & { day: string }>(
      this.em,
      `select ${day} as day, currency, cast(sum(amount_minor) as text) as amount, count(*) as count
       from stripe_transaction where connection_id = ? and created_at >= ? and created_at < ?
       group by ${day}, currency order by day, currency`,
      [connectionId, from, to],
    );
    return rows.map((row) => ({ day: row.day, ...toTotal(row) }));
  }
}
