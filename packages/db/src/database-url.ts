import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the database lives, parsed from `DATABASE_URL`. */
export type DatabaseTarget =
  { dialect: 'sqlite'; path: string } | { dialect: 'postgresql'; url: string };

/** The repository's root: where a relative SQLite path starts, whichever folder a command runs in. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The default embedded database. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/cora.sqlite';

/**
 * Reads `sqlite:<path>` (also `sqlite://<path>` and `sqlite::memory:`) or
 * `postgres://…` / `postgresql://…`. Anything else is a configuration error. A relative SQLite
 * path is resolved against the repository's root (so `sqlite:./data/cora.sqlite` is the same
 * file for the API, the migration command and the tests, whatever their working directory).
 */
export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) {
    return { dialect: 'postgresql', url: databaseUrl };
  }
  if (databaseUrl.startsWith('sqlite:')) {
    const rest = databaseUrl.slice('sqlite:'.length);
    const path = rest.startsWith('//') ? rest.slice(2) : rest;
    if (path === '') throw new Error('DATABASE_URL sqlite: needs a file path');
    if (path === ':memory:' || isAbsolute(path)) return { dialect: 'sqlite', path };
    return { dialect: 'sqlite', path: resolve(REPOSITORY_ROOT, path) };
  }
  throw new Error('DATABASE_URL must start with sqlite: or postgres:// or postgresql://');
}
