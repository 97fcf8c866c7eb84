import { CategorySource } from '../enums.js';
import type { TransactionUpsertRow } from '../repositories/transaction.types.js';
import { dbValue, type Dialect } from './dialect.js';

/** A row ready to write: the incoming fields plus the id and hash this package owns. */
export interface RowToWrite {
  id: string;
  hash: string;
  row: TransactionUpsertRow;
}

// Column order of the bulk upsert, with the PostgreSQL type of each column's array.
const COLUMN_TYPES = [
  ['id', 'uuid'],
  ['connection_id', 'uuid'],
  ['stripe_id', 'varchar'],
  ['amount_minor', 'bigint'],
  ['currency', 'varchar'],
  ['description', 'text'],
  ['receipt_url', 'text'],
  ['created_at', 'timestamptz'],
  ['metadata', 'jsonb'],
  ['category', 'varchar'],
  ['category_source', 'varchar'],
  ['category_rule_id', 'varchar'],
  ['status', 'varchar'],
  ['amount_refunded', 'bigint'],
  ['refunded', 'boolean'],
  ['disputed', 'boolean'],
  ['livemode', 'boolean'],
  ['customer_id', 'varchar'],
  ['payment_intent_id', 'varchar'],
  ['balance_transaction_id', 'varchar'],
  ['source_version', 'bigint'],
  ['content_hash', 'varchar'],
  ['imported_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

/** The values of one row in the column order above, as the dialect binds them. */
export function rowValues(
  dialect: Dialect,
  connectionId: string,
  item: RowToWrite,
  now: Date,
): unknown[] {
  const { row } = item;
  return [
    item.id,
    connectionId,
    row.stripeId,
    row.amountMinor,
    row.currency,
    row.description,
    row.receiptUrl,
    row.createdAt,
    JSON.stringify(row.metadata),
    row.category,
    row.categorySource,
    row.categoryRuleId,
    row.status,
    row.amountRefunded,
    row.refunded,
    row.disputed,
    row.livemode,
    row.customerId,
    row.paymentIntentId,
    row.balanceTransactionId,
    row.sourceVersion,
    item.hash,
    now,
    now,
  ].map((value) => dbValue(dialect, value));
}

export const COLUMN_COUNT = COLUMN_TYPES.length;
const COLUMNS = COLUMN_TYPES.map(([column]) => column);
const KEPT_WHEN_MANUAL: readonly string[] = ['category', 'category_source', 'category_rule_id'];
const NEVER_UPDATED: readonly string[] = ['id', 'connection_id', 'stripe_id', 'imported_at'];

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

/** One row per run of a prepared statement. */
export const SQLITE_UPSERT = `${INSERT_HEAD}values (${COLUMNS.map(() => '?').join(', ')})${UPSERT_TAIL}`;

/**
 * The page as one array per column: one statement text for any page size, so it is
 * prepared once per connection and its plan reused.
 */
export const POSTGRES_UPSERT = {
  name: 'cora_upsert_transactions',
  text: `${INSERT_HEAD}select * from unnest(${COLUMN_TYPES.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})${UPSERT_TAIL}`,
};

const LOOKUP_COLUMNS =
  'id, stripe_id, content_hash, source_version, category, category_source, category_rule_id, amount_minor, currency, created_at';

/** The page lookup on SQLite, for `count` Stripe ids. */
export const sqliteLookup = (count: number): string =>
  `select ${LOOKUP_COLUMNS} from stripe_transaction where connection_id = ? and stripe_id in (${Array(count).fill('?').join(', ')})`;

// connection_id as text, so no connection-first index is picked over the unique
// (stripe_id, connection_id) one when the statistics still think the connection has no rows
// (its first import).
export const POSTGRES_LOOKUP = `select ${LOOKUP_COLUMNS} from stripe_transaction where stripe_id = any($2::varchar[]) and connection_id::text = $1`;
