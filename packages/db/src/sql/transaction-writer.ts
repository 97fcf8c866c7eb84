import type { SqlEntityManager } from '@mikro-orm/knex';
import { CategorySource } from '../enums.js';
import { dialectOf } from './dialect.js';
import type { StoredVersion } from '../repositories/transaction-content.js';
import type { TransactionUpsertRow } from '../repositories/transaction.types.js';
import { postgresConnection, prepared, sqliteConnection } from './raw.js';

/** A row ready to write: the incoming fields plus the ids and hash this package owns. */
export interface RowToWrite {
  id: string;
  hash: string;
  row: TransactionUpsertRow;
}

const COLUMNS = [
  'id',
  'connection_id',
  'stripe_id',
  'amount_minor',
  'currency',
  'description',
  'receipt_url',
  'created_at',
  'metadata',
  'category',
  'category_source',
  'category_rule_id',
  'status',
  'amount_refunded',
  'refunded',
  'disputed',
  'livemode',
  'customer_id',
  'payment_intent_id',
  'balance_transaction_id',
  'source_version',
  'content_hash',
  'imported_at',
  'updated_at',
] as const;

const KEPT_WHEN_MANUAL = ['category', 'category_source', 'category_rule_id'];
const NEVER_UPDATED = ['id', 'connection_id', 'stripe_id', 'imported_at'];

// Inserts new rows and updates existing ones in one statement. The WHERE clause repeats the
// stale-version rule and the CASEs the MANUAL rule inside the database, so a concurrent
// writer (a webhook during a sync) cannot slip an older version or a category past them.
const UPSERT_TAIL =
  ` on conflict (connection_id, stripe_id) do update set ` +
  COLUMNS.filter((c) => !NEVER_UPDATED.includes(c))
    .map((c) =>
      KEPT_WHEN_MANUAL.includes(c)
        ? `${c} = case when stripe_transaction.category_source = '${CategorySource.MANUAL}' then stripe_transaction.${c} else excluded.${c} end`
        : `${c} = excluded.${c}`,
    )
    .join(', ') +
  ` where excluded.source_version >= stripe_transaction.source_version`;

const INSERT_HEAD = `insert into stripe_transaction (${COLUMNS.join(', ')}) `;
const SQLITE_UPSERT = `${INSERT_HEAD}values (${COLUMNS.map(() => '?').join(', ')})${UPSERT_TAIL}`;

// PostgreSQL gets the page as one array per column: a single statement text for any page
// size, so it is prepared once per connection and its plan reused.
const POSTGRES_TYPES: Record<(typeof COLUMNS)[number], string> = {
  id: 'uuid',
  connection_id: 'uuid',
  stripe_id: 'varchar',
  amount_minor: 'bigint',
  currency: 'varchar',
  description: 'text',
  receipt_url: 'text',
  created_at: 'timestamptz',
  metadata: 'jsonb',
  category: 'varchar',
  category_source: 'varchar',
  category_rule_id: 'varchar',
  status: 'varchar',
  amount_refunded: 'bigint',
  refunded: 'boolean',
  disputed: 'boolean',
  livemode: 'boolean',
  customer_id: 'varchar',
  payment_intent_id: 'varchar',
  balance_transaction_id: 'varchar',
  source_version: 'bigint',
  content_hash: 'varchar',
  imported_at: 'timestamptz',
  updated_at: 'timestamptz',
};
const POSTGRES_UPSERT = {
  name: 'cora_upsert_transactions',
  text: `${INSERT_HEAD}select * from unnest(${COLUMNS.map((c, i) => `$${i + 1}::${POSTGRES_TYPES[c]}[]`).join(', ')})${UPSERT_TAIL}`,
};

const LOOKUP_COLUMNS =
  'id, stripe_id, content_hash, source_version, category, category_source, category_rule_id, amount_minor, currency, created_at';

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

/**
 * PostgreSQL settings of a page transaction:
 * - it commits without waiting for its WAL flush: a page and its checkpoint share the
 *   transaction, so a server crash can only lose both together, and the next run re-imports
 *   from the previous checkpoint (upserts are idempotent);
 * - no sequential scans: while a first import fills the table faster than autovacuum
 *   analyzes it, stale statistics would otherwise make the page lookup scan the table.
 */
export async function tunePageTransaction(em: SqlEntityManager): Promise<void> {
  if (dialectOf(em) !== 'postgresql') return;
  await (
    await postgresConnection(em)
  ).query('set local synchronous_commit = off; set local enable_seqscan = off');
}

/**
 * Reads the stored version of each given Stripe id of a connection, in one query; on
 * PostgreSQL the rows stay locked until commit, so the totals deltas computed from them hold.
 */
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
    // connection_id as text, so no connection-first index is picked over the unique
    // (stripe_id, connection_id) one when the statistics still think the connection has
    // no rows (its first import).
    const result = await client.query<LookupRow>({
      text: `select ${LOOKUP_COLUMNS} from stripe_transaction where stripe_id = any($2::varchar[]) and connection_id::text = $1 for update`,
      values: [connectionId, stripeIds],
    });
    rows = result.rows;
  } else {
    const db = await sqliteConnection(em);
    const marks = stripeIds.map(() => '?').join(', ');
    const sql = `select ${LOOKUP_COLUMNS} from stripe_transaction where connection_id = ? and stripe_id in (${marks})`;
    rows = prepared(db, sql).all(connectionId, ...stripeIds) as LookupRow[];
  }
  for (const row of rows) found.set(row.stripe_id, toStored(row));
  return found;
}

function values(connectionId: string, item: RowToWrite, now: Date, sqlite: boolean): unknown[] {
  const { row } = item;
  const date = (d: Date): Date | number => (sqlite ? d.getTime() : d);
  const bool = (b: boolean): boolean | number => (sqlite ? Number(b) : b);
  return [
    item.id,
    connectionId,
    row.stripeId,
    row.amountMinor,
    row.currency,
    row.description,
    row.receiptUrl,
    date(row.createdAt),
    JSON.stringify(row.metadata),
    row.category,
    row.categorySource,
    row.categoryRuleId,
    row.status,
    row.amountRefunded,
    bool(row.refunded),
    bool(row.disputed),
    bool(row.livemode),
    row.customerId,
    row.paymentIntentId,
    row.balanceTransactionId,
    row.sourceVersion,
    item.hash,
    date(now),
    date(now),
  ];
}

/** Inserts or updates the given rows (prepared statement on SQLite, multi-row on PostgreSQL). */
export async function writeRows(
  em: SqlEntityManager,
  connectionId: string,
  items: readonly RowToWrite[],
  now: Date,
): Promise<void> {
  if (items.length === 0) return;
  if (dialectOf(em) === 'postgresql') {
    const columns: unknown[][] = COLUMNS.map(() => []);
    for (const item of items) {
      values(connectionId, item, now, false).forEach((value, i) => columns[i]?.push(value));
    }
    await (await postgresConnection(em)).query({ ...POSTGRES_UPSERT, values: columns });
    return;
  }
  const statement = prepared(await sqliteConnection(em), SQLITE_UPSERT);
  for (const item of items) statement.run(...values(connectionId, item, now, true));
}
