import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A scratch database for one bench run, dropped afterwards. */
export interface Target {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export function sqliteTarget(): Target {
  const folder = mkdtempSync(join(tmpdir(), 'cora-bench-'));
  return {
    name: 'SQLite',
    url: `sqlite:${join(folder, 'bench.sqlite')}`,
    drop: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
  };
}

export async function postgresTarget(server: string): Promise<Target> {
  const name = `cora_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: server });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
