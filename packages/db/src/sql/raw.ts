import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
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
