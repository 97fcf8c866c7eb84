import type { SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

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

/** Runs a `?`-placeholder statement on the EntityManager's connection (and transaction). */
export async function execute<T = Record<string, unknown>>(
  em: SqlEntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  const dialect = dialectOf(em);
  return em.execute<T[]>(
    sql,
    params.map((value) => dbValue(dialect, value)),
    'all',
  );
}

/** Runs a `?`-placeholder statement and returns the number of rows it changed. */
export async function executeUpdate(
  em: SqlEntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<number> {
  const dialect = dialectOf(em);
  const result = await em.execute<{ affectedRows: number }>(
    sql,
    params.map((value) => dbValue(dialect, value)),
    'run',
  );
  return result.affectedRows;
}
