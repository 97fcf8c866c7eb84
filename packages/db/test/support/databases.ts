import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe } from 'vitest';
import { createOrm, migrateUp, type Orm } from '../../src/index.js';
import { scratchPostgres, scratchSqlite, type ScratchDatabase } from '../../src/testing/index.js';

/** PostgreSQL server for the second suite; unset means SQLite only. */
export const postgresUrl = process.env.TEST_DATABASE_URL;

export type Dialect = 'sqlite' | 'postgresql';

/** A migrated, throw-away database. */
export interface TestDatabase {
  dialect: Dialect;
  url: string;
  orm: Orm;
  /** A fresh EntityManager, as the API forks one per request. */
  em(): SqlEntityManager;
  /**
   * Another claimer on the same database: a second ORM (own connections) on PostgreSQL; on
   * SQLite a second fork of the same ORM, as one process shares one SQLite connection
   * (better-sqlite3 waits for locks synchronously, so two in one process would deadlock).
   */
  peerEm(): Promise<SqlEntityManager>;
  /** Another ORM on the same database (a second process). */
  openSecond(): Promise<Orm>;
  close(): Promise<void>;
}

async function openAt(dialect: Dialect, scratch: ScratchDatabase): Promise<TestDatabase> {
  const { url } = scratch;
  const orm = await createOrm({ databaseUrl: url });
  await migrateUp(orm);
  const others: Orm[] = [];
  const openSecond = async (): Promise<Orm> => {
    const other = await createOrm({ databaseUrl: url });
    others.push(other);
    return other;
  };
  return {
    dialect,
    url,
    orm,
    em: () => orm.em.fork(),
    async peerEm() {
      return dialect === 'postgresql' ? (await openSecond()).em.fork() : orm.em.fork();
    },
    openSecond,
    async close() {
      for (const other of others) await other.close(true);
      await orm.close(true);
      await scratch.drop();
    },
  };
}

/** A SQLite file in a folder that does not exist yet, inside a fresh temporary folder. */
export function openSqlite(): Promise<TestDatabase> {
  return openAt('sqlite', scratchSqlite('nested/test.sqlite'));
}

/** A fresh PostgreSQL database on the TEST_DATABASE_URL server, dropped on close. */
export async function openPostgres(serverUrl: string): Promise<TestDatabase> {
  return openAt('postgresql', await scratchPostgres(serverUrl));
}

/**
 * Declares the same suite on SQLite and on PostgreSQL, each on its own migrated database.
 * Without TEST_DATABASE_URL the PostgreSQL suite is skipped, and says so.
 */
export function describeEachDialect(
  name: string,
  body: (db: () => TestDatabase, dialect: Dialect) => void,
): void {
  for (const dialect of ['sqlite', 'postgresql'] as const) {
    const skipped = dialect === 'postgresql' && !postgresUrl;
    describe.skipIf(skipped)(`${name} [${dialect}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database =
          dialect === 'sqlite' ? await openSqlite() : await openPostgres(postgresUrl ?? '');
      });
      afterAll(async () => {
        await database?.close();
      });
      body(() => {
        if (!database) throw new Error('database not opened');
        return database;
      }, dialect);
    });
    if (skipped) {
      console.warn(
        `[${name}] PostgreSQL suite SKIPPED: set TEST_DATABASE_URL=postgres://… to run it.`,
      );
    }
  }
}
