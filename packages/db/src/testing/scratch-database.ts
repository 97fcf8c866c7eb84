import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A throw-away, empty database: its URL for `createOrm`, and how to remove it. */
export interface ScratchDatabase {
  url: string;
  /** The SQLite file, when it is one. */
  file: string | null;
  drop(): Promise<void>;
}

/**
 * A SQLite URL in a fresh temporary folder; `drop` removes the folder. `fileName` may name
 * a subfolder that does not exist yet.
 */
export function scratchSqlite(fileName = 'cora.sqlite'): ScratchDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'cora-scratch-'));
  const file = join(folder, fileName);
  return {
    url: `sqlite:${file}`,
    file,
    drop: () => {
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function asAdmin(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A new database on the PostgreSQL server at `serverUrl`; `drop` drops it, connections and all. */
export async function scratchPostgres(serverUrl: string): Promise<ScratchDatabase> {
  const name = `cora_scratch_${randomBytes(6).toString('hex')}`;
  await asAdmin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    file: null,
    drop: () => asAdmin(serverUrl, `drop database if exists ${name} with (force)`),
  };
}
