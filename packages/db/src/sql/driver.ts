import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

interface DriverClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

// The ORM's transaction owns one driver connection; bulk writes run on that same connection
// so they commit or roll back with everything else done through the EntityManager.
async function transactionConnection(em: SqlEntityManager): Promise<unknown> {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx) throw new Error('This operation must run inside em.transactional()');
  return (trx.client as DriverClient).acquireConnection();
}

/**
 * Runs `use` on a driver connection: the current transaction's when there is one, else one
 * borrowed from the pool for the call.
 */
export async function withDriverConnection<T>(
  em: SqlEntityManager,
  use: (connection: unknown) => Promise<T> | T,
): Promise<T> {
  if (em.getTransactionContext() !== undefined) return use(await transactionConnection(em));
  const client = em.getConnection().getKnex().client as DriverClient;
  const connection = await client.acquireConnection();
  try {
    return await use(connection);
  } finally {
    await client.releaseConnection(connection);
  }
}

/** The better-sqlite3 handle of the EntityManager's current transaction. */
export async function sqliteConnection(em: SqlEntityManager): Promise<BetterSqlite3.Database> {
  return (await transactionConnection(em)) as BetterSqlite3.Database;
}

/** The node-postgres client of the EntityManager's current transaction. */
export async function postgresConnection(em: SqlEntityManager): Promise<pg.ClientBase> {
  return (await transactionConnection(em)) as pg.ClientBase;
}

/** A prepared statement per SQL text and connection, reused across transactions. */
export function prepared(db: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** The SQL dialects this package supports. */
export type Dialect = 'sqlite' | 'postgresql';

/** The SQL dialect an EntityManager speaks. */
export function dialectOf(em: SqlEntityManager): Dialect {
  return em.getDriver() instanceof PostgreSqlDriver ? 'postgresql' : 'sqlite';
}

/** A bind value as the dialect stores it: SQLite keeps dates as epoch ms and booleans as 0/1. */
export function dbValue(dialect: Dialect, value: unknown): unknown {
  if (dialect !== 'sqlite') return value;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return Number(value);
  return value;
}

// Our statement texts hold no `?` other than placeholders: values never enter the text.
const positional = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/**
 * Runs a `?`-placeholder statement on the EntityManager's connection (and transaction). The
 * values are bound by the driver, never formatted into the SQL text.
 */
async function bound<T>(
  em: SqlEntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<{ rows: T[]; changes: number }> {
  const dialect = dialectOf(em);
  const values = params.map((value) => dbValue(dialect, value));
  return withDriverConnection(em, async (connection) => {
    if (dialect === 'postgresql') {
      const result = await (connection as pg.ClientBase).query(positional(sql), values);
      return { rows: result.rows as T[], changes: result.rowCount ?? 0 };
    }
    const statement = prepared(connection as BetterSqlite3.Database, sql);
    if (statement.reader) return { rows: statement.all(...values) as T[], changes: 0 };
    return { rows: [], changes: statement.run(...values).changes };
  });
}

/**
 * The current PostgreSQL transaction as a library that brings its own `$n` statements wants
 * it (the job queue inserts its job there, so that it commits with the caller's rows).
 */
export function postgresTransactionSql(em: SqlEntityManager): {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
} {
  return {
    async executeSql(text, values) {
      const result = await (await postgresConnection(em)).query(text, values);
      return { rows: result.rows };
    },
  };
}

/** Runs a `?`-placeholder query with bound values and returns its rows. */
export async function execute<T = Record<string, unknown>>(
  em: SqlEntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  return (await bound<T>(em, sql, params)).rows;
}

/** Runs a `?`-placeholder statement with bound values and returns the number of rows it changed. */
export async function executeUpdate(
  em: SqlEntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<number> {
  return (await bound(em, sql, params)).changes;
}

/** Answers when the database does: a statement on a connection borrowed from the pool. */
export async function ping(em: SqlEntityManager): Promise<void> {
  await execute(em, 'select 1', []);
}
