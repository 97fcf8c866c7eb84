import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The PostgreSQL server of the second suite; unset means SQLite only. */
export const postgresUrl = process.env['TEST_DATABASE_URL'];

/** A throw-away database URL and how to remove it. */
export interface ScratchDatabase {
  url: string;
  /** The SQLite file, when it is one. */
  file: string | null;
  drop(): Promise<void>;
}

export function scratchSqlite(): ScratchDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'cora-api-test-'));
  const file = join(folder, 'cora.sqlite');
  return {
    url: `sqlite:${file}`,
    file,
    drop: () => {
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

export async function scratchPostgres(serverUrl: string): Promise<ScratchDatabase> {
  const name = `cora_api_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    file: null,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Says once, loudly, that the PostgreSQL suites of this file did not run. */
export function notePostgresSkipped(suite: string): void {
  if (postgresUrl === undefined) {
    console.warn(`[skipped] ${suite} on PostgreSQL: set TEST_DATABASE_URL to run it`);
  }
}
