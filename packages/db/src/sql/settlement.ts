import { emptyTotals, SETTLEMENT_CLASSES, withNet, type SettlementTotalsMinor } from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute } from './driver.js';

const placeholders = (values: readonly string[]): string => values.map(() => '?').join(', ');
const EVERY_CLASSIFIED = Object.values(SETTLEMENT_CLASSES).flat();

// The lines are core's SETTLEMENT_CLASSES; the categories are bound, never formatted in.
const LINES_SQL =
  `sum(case when reporting_category in (${placeholders(SETTLEMENT_CLASSES.charges)}) then amount_minor else 0 end) as charges, ` +
  `sum(case when reporting_category in (${placeholders(SETTLEMENT_CLASSES.refunds)}) then amount_minor else 0 end) as refunds, ` +
  `sum(case when reporting_category in (${placeholders(SETTLEMENT_CLASSES.disputes)}) then amount_minor else 0 end) as disputes, ` +
  `sum(fee_minor) - sum(case when reporting_category in (${placeholders(SETTLEMENT_CLASSES.fees)}) then amount_minor else 0 end) as fees, ` +
  `sum(case when reporting_category in (${placeholders(EVERY_CLASSIFIED)}) then 0 else amount_minor end) as other, ` +
  `-sum(case when reporting_category in (${placeholders(SETTLEMENT_CLASSES.payouts)}) then amount_minor else 0 end) as paid_out`;
const LINE_PARAMS = [
  ...SETTLEMENT_CLASSES.charges,
  ...SETTLEMENT_CLASSES.refunds,
  ...SETTLEMENT_CLASSES.disputes,
  ...SETTLEMENT_CLASSES.fees,
  ...EVERY_CLASSIFIED,
  ...SETTLEMENT_CLASSES.payouts,
];

type Sum = number | string | bigint | null;
interface TotalsRow {
  currency: string;
  charges: Sum;
  refunds: Sum;
  disputes: Sum;
  fees: Sum;
  other: Sum;
  paid_out: Sum;
}

// PostgreSQL sums bigints as numeric (a string); SQLite as an integer.
const big = (value: Sum): bigint => (value === null ? 0n : BigInt(value));

/**
 * A connection's settlement totals per currency over entries created in [from, to), summed
 * in the database in one GROUP BY.
 */
export async function settlementTotalsOf(
  em: SqlEntityManager,
  connectionId: string,
  period: { from?: Date | null; to?: Date | null },
): Promise<SettlementTotalsMinor[]> {
  const conditions = ['connection_id = ?'];
  const params: unknown[] = [connectionId];
  if (period.from) {
    conditions.push('created_at >= ?');
    params.push(period.from);
  }
  if (period.to) {
    conditions.push('created_at < ?');
    params.push(period.to);
  }
  const rows = await execute<TotalsRow>(
    em,
    `select currency, ${LINES_SQL} from stripe_balance_entry where ${conditions.join(' and ')} group by currency order by currency`,
    [...LINE_PARAMS, ...params],
  );
  return rows.map((row) =>
    withNet({
      ...emptyTotals(row.currency),
      charges: big(row.charges),
      refunds: big(row.refunds),
      disputes: big(row.disputes),
      fees: big(row.fees),
      other: big(row.other),
      paidOut: big(row.paid_out),
    }),
  );
}
