import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { createOrm, migrateUp, parseDatabaseUrl } from '../src/index.js';

const folder = mkdtempSync(join(tmpdir(), 'cora-db-orm-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('reads sqlite: and postgres URLs and rejects others', () => {
  // A relative path is the repository's, whatever the working directory (the API runs in
  // apps/api, the migration command in packages/db).
  const repositoryData = fileURLToPath(new URL('../../../data/cora.sqlite', import.meta.url));
  expect(parseDatabaseUrl('sqlite:./data/cora.sqlite')).toEqual({
    dialect: 'sqlite',
    path: repositoryData,
  });
  expect(parseDatabaseUrl('sqlite:data/cora.sqlite')).toEqual(
    parseDatabaseUrl('sqlite:./data/cora.sqlite'),
  );
  expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
  expect(parseDatabaseUrl('sqlite:///tmp/x.sqlite')).toEqual({
    dialect: 'sqlite',
    path: '/tmp/x.sqlite',
  });
  expect(parseDatabaseUrl('postgresql://u@h/db')).toEqual({
    dialect: 'postgresql',
    url: 'postgresql://u@h/db',
  });
  expect(parseDatabaseUrl('postgres://u@h/db').dialect).toBe('postgresql');
  expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(/DATABASE_URL/);
  expect(() => parseDatabaseUrl('sqlite:')).toThrow(/path/);
});

it('creates the SQLite folder and file on first start, with WAL, synchronous=NORMAL and a busy timeout', async () => {
  const path = join(folder, 'a', 'b', 'cora.sqlite');
  const orm = await createOrm({ databaseUrl: `sqlite:${path}` });
  try {
    expect((await migrateUp(orm)).length).toBeGreaterThan(0);
    expect(await migrateUp(orm)).toEqual([]);
    expect(existsSync(path)).toBe(true);
    const em = orm.em.fork();
    const [journal] = await em.execute<{ journal_mode: string }[]>('pragma journal_mode');
    const [sync] = await em.execute<{ synchronous: number }[]>('pragma synchronous');
    const [busy] = await em.execute<{ timeout: number }[]>('pragma busy_timeout');
    expect(journal?.journal_mode).toBe('wal');
    expect(sync?.synchronous).toBe(1);
    expect(busy?.timeout).toBeGreaterThanOrEqual(1000);
  } finally {
    await orm.close(true);
  }
});
