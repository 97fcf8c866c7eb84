import { scratchPostgres, scratchSqlite, type ScratchDatabase } from '@cora/db/testing';

/** A scratch database for one bench run, dropped afterwards, and the name it is printed with. */
export interface Target {
  name: string;
  database: ScratchDatabase;
}

export function sqliteTarget(): Target {
  return { name: 'SQLite', database: scratchSqlite('bench.sqlite') };
}

export async function postgresTarget(server: string): Promise<Target> {
  return { name: 'PostgreSQL', database: await scratchPostgres(server) };
}
