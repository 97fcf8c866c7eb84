import { CategorySource, type Categorization, type VersionedTransaction } from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { columnOf, columnsOf, toDb, type Column } from './entity-columns.js';
import { foldCase } from './fold-case.js';
import {
  dialectOf,
  postgresConnection,
  prepared,
  sqliteConnection,
  type Dialect,
} from './driver.js';

/** A row ready to write: the incoming transaction plus the id and hash this package owns. */
export interface RowToWrite {
  id: string;
  hash: string;
  row: VersionedTransaction;
}

const TABLE = 'stripe_transaction';
/** Properties an update never changes. */
const NEVER_UPDATED = ['id', 'connection', 'stripeId', 'importedAt'];
/** A person's choice: kept when the stored row is MANUAL. */
const CATEGORY: readonly (keyof Categorization)[] = [
  'category',
  'categorySource',
  'categoryRuleId',
];
/** Columns derived from others when the row is written, never read back. */
export const DERIVED = ['descriptionFolded'];
/** Bookkeeping of the row, not content from Stripe. */
const NOT_CONTENT = [
  ...NEVER_UPDATED,
  ...CATEGORY,
  ...DERIVED,
  'sourceVersion',
  'contentHash',
  'updatedAt',
];
/** What the page lookup reads of a stored row: enough to classify it and move the totals. */
const LOOKUP_PROPERTIES = [
  'id',
  'stripeId',
  'contentHash',
  'sourceVersion',
  ...CATEGORY,
  'amountMinor',
  'currency',
  'createdAt',
] as const;

/** The statements of the transaction table, derived from its entity's columns. */
export interface TransactionSql {
  columns: readonly Column[];
  /** The Stripe-owned columns the content hash covers, in declaration order. */
  contentColumns: readonly Column[];
  lookupColumns: readonly Column[];
  /** One row per run of a prepared statement. */
  sqliteUpsert: string;
  /** The page as one array per column: one text for any page size, prepared once per connection. */
  postgresUpsert: { name: string; text: string };
  sqliteLookup(count: number): string;
  postgresLookup: string;
}

function build(columns: readonly Column[]): TransactionSql {
  const names = columns.map((c) => c.name);
  const has = (list: readonly string[]) => (c: Column) => list.includes(c.property);
  const manualSource = `${TABLE}.${columnOf(columns, 'categorySource').name}`;
  // Inserts new rows and updates existing ones in one statement. The WHERE clause repeats the
  // stale-version rule and the CASEs the MANUAL rule inside the database, so a concurrent
  // writer (a webhook during a sync) cannot slip an older version or a category past them.
  const tail =
    ` on conflict (connection_id, stripe_id) do update set ` +
    columns
      .filter((c) => !has(NEVER_UPDATED)(c))
      .map((c) =>
        has(CATEGORY)(c)
          ? `${c.name} = case when ${manualSource} = '${CategorySource.MANUAL}' then ${TABLE}.${c.name} else excluded.${c.name} end`
          : `${c.name} = excluded.${c.name}`,
      )
      .join(', ') +
    ` where excluded.source_version >= ${TABLE}.source_version`;
  const head = `insert into ${TABLE} (${names.join(', ')}) `;
  const lookupColumns = LOOKUP_PROPERTIES.map((property) => columnOf(columns, property));
  const lookupList = lookupColumns.map((c) => c.name).join(', ');
  return {
    columns,
    contentColumns: columns.filter((c) => !has(NOT_CONTENT)(c)),
    lookupColumns,
    sqliteUpsert: `${head}values (${names.map(() => '?').join(', ')})${tail}`,
    postgresUpsert: {
      name: 'cora_upsert_transactions',
      text: `${head}select * from unnest(${columns.map((c, i) => `$${i + 1}::${c.arrayType}[]`).join(', ')})${tail}`,
    },
    sqliteLookup: (count) =>
      `select ${lookupList} from ${TABLE} where connection_id = ? and stripe_id in (${Array(count).fill('?').join(', ')})`,
    // connection_id as text, so no connection-first index is picked over the unique
    // (stripe_id, connection_id) one when the statistics still think the connection has no
    // rows (its first import).
    postgresLookup: `select ${lookupList} from ${TABLE} where stripe_id = any($2::varchar[]) and connection_id::text = $1`,
  };
}

const built = new WeakMap<readonly Column[], TransactionSql>();

/** The transaction table's statements for the EntityManager's ORM (built once). */
export function transactionSql(em: SqlEntityManager): TransactionSql {
  const columns = columnsOf(em, 'StripeTransaction');
  let sql = built.get(columns);
  if (sql === undefined) {
    sql = build(columns);
    built.set(columns, sql);
  }
  return sql;
}

/** The values of one row in column order, as the dialect binds them. */
export function rowValues(
  dialect: Dialect,
  columns: readonly Column[],
  connectionId: string,
  item: RowToWrite,
  now: Date,
): unknown[] {
  const row: Readonly<Record<string, unknown>> = item.row;
  return columns.map((column) => {
    switch (column.property) {
      case 'id':
        return item.id;
      case 'connection':
        return connectionId;
      case 'contentHash':
        return item.hash;
      case 'descriptionFolded':
        return item.row.description === null ? null : foldCase(item.row.description);
      case 'importedAt':
      case 'updatedAt':
        return toDb(dialect, column, now);
      default:
        return toDb(dialect, column, row[column.property]);
    }
  });
}

/** Inserts or updates the given rows (prepared statement on SQLite, arrays on PostgreSQL). */
export async function writeRows(
  em: SqlEntityManager,
  connectionId: string,
  items: readonly RowToWrite[],
  now: Date,
): Promise<void> {
  if (items.length === 0) return;
  const dialect = dialectOf(em);
  const { columns, postgresUpsert, sqliteUpsert } = transactionSql(em);
  if (dialect === 'postgresql') {
    const arrays: unknown[][] = columns.map(() => []);
    for (const item of items) {
      rowValues(dialect, columns, connectionId, item, now).forEach((value, i) =>
        arrays[i]?.push(value),
      );
    }
    await (await postgresConnection(em)).query({ ...postgresUpsert, values: arrays });
    return;
  }
  const statement = prepared(await sqliteConnection(em), sqliteUpsert);
  for (const item of items) statement.run(...rowValues(dialect, columns, connectionId, item, now));
}
