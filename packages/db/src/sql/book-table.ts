import type { SqlEntityManager } from '@mikro-orm/knex';
import { newId } from '../ids.js';
import { columnsOf, toDb, type Column } from './entity-columns.js';
import { dialectOf, postgresConnection, prepared, sqliteConnection } from './driver.js';

/** How one of the books' tables (balance entries, payouts) is upserted, by property. */
export interface BookTableSpec {
  entity: string;
  table: string;
  /** The prepared statement's name on PostgreSQL. */
  statementName: string;
  /** Properties an update never changes (besides id, connection, stripeId and importedAt). */
  neverUpdated?: readonly string[];
  /** An update's expression per property, given the table name; default `excluded.<column>`. */
  onUpdate?: Readonly<Record<string, (column: string, table: string) => string>>;
  /** A condition on the stored row for an update to happen. */
  updateWhere?: string;
}

interface BookSql {
  columns: readonly Column[];
  sqlite: string;
  postgres: { name: string; text: string };
}

const ALWAYS_KEPT = ['id', 'connection', 'stripeId', 'importedAt'];
const built = new WeakMap<readonly Column[], BookSql>();

function build(spec: BookTableSpec, columns: readonly Column[]): BookSql {
  const kept = [...ALWAYS_KEPT, ...(spec.neverUpdated ?? [])];
  const names = columns.map((c) => c.name);
  const head = `insert into ${spec.table} (${names.join(', ')}) `;
  const updated = columns.filter((c) => !kept.includes(c.property));
  const newValue = (c: Column): string =>
    spec.onUpdate?.[c.property]?.(c.name, spec.table) ?? `excluded.${c.name}`;
  // A copy that changes nothing is not written again (a backfill re-reads every entry the
  // charges carried): no new row version, no index entries, the stored updated_at kept.
  const compared = updated.filter((c) => c.property !== 'updatedAt');
  const changes =
    `(${compared.map((c) => `${spec.table}.${c.name}`).join(', ')}) is distinct from ` +
    `(${compared.map(newValue).join(', ')})`;
  const tail =
    ` on conflict (connection_id, stripe_id) do update set ` +
    updated.map((c) => `${c.name} = ${newValue(c)}`).join(', ') +
    ` where ${[spec.updateWhere, changes].filter((c) => c !== undefined).join(' and ')}`;
  return {
    columns,
    sqlite: `${head}values (${names.map(() => '?').join(', ')})${tail}`,
    postgres: {
      name: spec.statementName,
      text: `${head}select * from unnest(${columns.map((c, i) => `$${i + 1}::${c.arrayType}[]`).join(', ')})${tail}`,
    },
  };
}

function sqlOf(em: SqlEntityManager, spec: BookTableSpec): BookSql {
  const columns = columnsOf(em, spec.entity);
  let sql = built.get(columns);
  if (sql === undefined) {
    sql = build(spec, columns);
    built.set(columns, sql);
  }
  return sql;
}

/**
 * Inserts or updates rows keyed by (connection, stripeId) in the current transaction: one
 * prepared statement per row on SQLite, one statement of arrays on PostgreSQL. Rows with the
 * same Stripe id keep the last. Values are always bound, never formatted into the SQL.
 */
export async function upsertBookRows<T extends { stripeId: string }>(
  em: SqlEntityManager,
  spec: BookTableSpec,
  connectionId: string,
  rows: readonly T[],
  now: Date,
): Promise<void> {
  const unique = [...new Map(rows.map((row) => [row.stripeId, row])).values()];
  if (unique.length === 0) return;
  const dialect = dialectOf(em);
  const { columns, sqlite, postgres } = sqlOf(em, spec);
  const valuesOf = (row: T): unknown[] => {
    const record: Readonly<Record<string, unknown>> = row;
    return columns.map((column) => {
      if (column.property === 'id') return newId();
      if (column.property === 'connection') return connectionId;
      if (column.property === 'importedAt' || column.property === 'updatedAt')
        return toDb(dialect, column, now);
      return toDb(dialect, column, record[column.property] ?? null);
    });
  };
  if (dialect === 'postgresql') {
    const arrays: unknown[][] = columns.map(() => []);
    for (const row of unique) valuesOf(row).forEach((value, i) => arrays[i]?.push(value));
    await (await postgresConnection(em)).query({ ...postgres, values: arrays });
    return;
  }
  const statement = prepared(await sqliteConnection(em), sqlite);
  for (const row of unique) statement.run(...valuesOf(row));
}
