import type { SqlEntityManager } from '@mikro-orm/knex';
import type { StoredVersion } from '../repositories/transaction-content.js';
import { dialectOf } from './dialect.js';
import { rowToProperties } from './entity-columns.js';
import { postgresConnection, prepared, sqliteConnection } from './raw.js';
import { rowValues, transactionSql, type RowToWrite } from './transaction-statements.js';

export type { RowToWrite } from './transaction-statements.js';

/** Reads the stored version of each given Stripe id of a connection, in one query. */
export async function lookupStored(
  em: SqlEntityManager,
  connectionId: string,
  stripeIds: readonly string[],
): Promise<Map<string, StoredVersion>> {
  const found = new Map<string, StoredVersion>();
  if (stripeIds.length === 0) return found;
  const sql = transactionSql(em);
  let rows: Record<string, unknown>[];
  if (dialectOf(em) === 'postgresql') {
    const client = await postgresConnection(em);
    rows = (
      await client.query<Record<string, unknown>>(sql.postgresLookup, [connectionId, stripeIds])
    ).rows;
  } else {
    const statement = prepared(await sqliteConnection(em), sql.sqliteLookup(stripeIds.length));
    rows = statement.all(connectionId, ...stripeIds) as Record<string, unknown>[];
  }
  for (const row of rows) {
    const stored = rowToProperties<StoredVersion>(sql.lookupColumns, row);
    found.set(stored.stripeId, stored);
  }
  return found;
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
