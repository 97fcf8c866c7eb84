import type { SqlEntityManager } from '@mikro-orm/knex';
import type { CategorySource } from '../enums.js';
import type { StoredVersion } from '../repositories/transaction-content.js';
import { dialectOf } from './dialect.js';
import { postgresConnection, prepared, sqliteConnection } from './raw.js';
import {
  COLUMN_COUNT,
  POSTGRES_LOOKUP,
  POSTGRES_UPSERT,
  SQLITE_UPSERT,
  rowValues,
  sqliteLookup,
  type RowToWrite,
} from './transaction-statements.js';

export type { RowToWrite } from './transaction-statements.js';

interface LookupRow {
  id: string;
  stripe_id: string;
  content_hash: string;
  source_version: number | string;
  category: string;
  category_source: string;
  category_rule_id: string | null;
  amount_minor: number | string;
  currency: string;
  created_at: number | string | Date;
}

function toStored(row: LookupRow): StoredVersion {
  return {
    id: row.id,
    contentHash: row.content_hash,
    sourceVersion: Number(row.source_version),
    category: row.category,
    categorySource: row.category_source as CategorySource,
    categoryRuleId: row.category_rule_id,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    createdAt: new Date(row.created_at),
  };
}

/** Reads the stored version of each given Stripe id of a connection, in one query. */
export async function lookupStored(
  em: SqlEntityManager,
  connectionId: string,
  stripeIds: readonly string[],
): Promise<Map<string, StoredVersion>> {
  const found = new Map<string, StoredVersion>();
  if (stripeIds.length === 0) return found;
  let rows: LookupRow[];
  if (dialectOf(em) === 'postgresql') {
    const client = await postgresConnection(em);
    rows = (await client.query<LookupRow>(POSTGRES_LOOKUP, [connectionId, stripeIds])).rows;
  } else {
    const statement = prepared(await sqliteConnection(em), sqliteLookup(stripeIds.length));
    rows = statement.all(connectionId, ...stripeIds) as LookupRow[];
  }
  for (const row of rows) found.set(row.stripe_id, toStored(row));
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
  if (dialect === 'postgresql') {
    const columns: unknown[][] = Array.from({ length: COLUMN_COUNT }, () => []);
    for (const item of items) {
      rowValues(dialect, connectionId, item, now).forEach((value, i) => columns[i]?.push(value));
    }
    await (await postgresConnection(em)).query({ ...POSTGRES_UPSERT, values: columns });
    return;
  }
  const statement = prepared(await sqliteConnection(em), SQLITE_UPSERT);
  for (const item of items) statement.run(...rowValues(dialect, connectionId, item, now));
}
