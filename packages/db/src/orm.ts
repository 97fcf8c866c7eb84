import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url.js';
import { entities } from './entities/index.js';
import { migrationsFor } from './migrations/index.js';

/** The ORM this package hands out: always one of its SQL drivers. */
export type Orm = MikroORM<AbstractSqlDriver, SqlEntityManager>;

/** MikroORM options for one of this package's SQL drivers. */
type SqlOptions = Options<AbstractSqlDriver, SqlEntityManager>;

/** Options of {@link createOrm}. */
export interface CreateOrmOptions {
  /** `sqlite:<path>` or `postgres://…` / `postgresql://…`. */
  databaseUrl: string;
  /** Log every query. */
  debug?: boolean;
}

interface SqliteHandle {
  pragma(source: string): unknown;
  prepare(source: string): unknown;
}

// The ORM's transactions begin with knex's `BEGIN;`. A deferred transaction that reads and
// then writes fails at once (SQLITE_BUSY, its snapshot stale) when another connection — the
// sync's page writer thread — committed in between; IMMEDIATE takes the write lock first and
// waits for it under the busy timeout instead.
function beginImmediate(conn: SqliteHandle): void {
  const prepare = conn.prepare.bind(conn);
  conn.prepare = (source) => prepare(source === 'BEGIN;' ? 'BEGIN IMMEDIATE;' : source);
}

const SQLITE_BUSY_TIMEOUT_MS = 5000;
const SQLITE_CACHE_KIB = 8 * 1024;
const SQLITE_WAL_CHECKPOINT_PAGES = 16_000;

function driverOptions(target: DatabaseTarget): SqlOptions {
  if (target.dialect === 'postgresql') {
    return { driver: PostgreSqlDriver, clientUrl: target.url };
  }
  if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
  return {
    driver: BetterSqliteDriver,
    dbName: target.path,
    // MikroORM 6.6 reads SQLite foreign keys back under another key than it writes them, so
    // every schema comparison would report them as changed; on SQLite the relations stay
    // unconstrained (the repositories never delete a connection).
    schemaGenerator: { createForeignKeyConstraints: false },
    pool: {
      afterCreate(conn: SqliteHandle, done: (err: Error | null, conn: SqliteHandle) => void) {
        conn.pragma('journal_mode = WAL');
        conn.pragma('synchronous = NORMAL');
        conn.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
        // The default 2 MB page cache thrashes once the transaction indexes outgrow it, and
        // the default checkpoint every 1000 WAL pages fsyncs every few bulk pages.
        conn.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
        conn.pragma(`wal_autocheckpoint = ${SQLITE_WAL_CHECKPOINT_PAGES}`);
        beginImmediate(conn);
        done(null, conn);
      },
    },
  };
}

/** The full MikroORM configuration for a database URL (also used by the migration tooling). */
export function ormConfig(options: CreateOrmOptions): SqlOptions {
  const target = parseDatabaseUrl(options.databaseUrl);
  return {
    ...driverOptions(target),
    entities,
    extensions: [Migrator],
    debug: options.debug ?? false,
    allowGlobalContext: false,
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: migrationsFor(target.dialect),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  };
}

/**
 * Opens the database named by `databaseUrl` (creating the SQLite folder and file if needed).
 * It does not migrate: call {@link migrateUp} on start.
 */
export async function createOrm(options: CreateOrmOptions): Promise<Orm> {
  return MikroORM.init<AbstractSqlDriver, SqlEntityManager>(ormConfig(options));
}

/** Applies every pending migration; returns the names applied. */
export async function migrateUp(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
