/** Where the database lives, parsed from `DATABASE_URL`. */
export type DatabaseTarget =
  { dialect: 'sqlite'; path: string } | { dialect: 'postgresql'; url: string };

/** The default embedded database. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/cora.sqlite';

/**
 * Reads `sqlite:<path>` (also `sqlite://<path>` and `sqlite::memory:`) or
 * `postgres://…` / `postgresql://…`. Anything else is a configuration error.
 */
export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  if (databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://')) {
    return { dialect: 'postgresql', url: databaseUrl };
  }
  if (databaseUrl.startsWith('sqlite:')) {
    const rest = databaseUrl.slice('sqlite:'.length);
    const path = rest.startsWith('//') ? rest.slice(2) : rest;
    if (path === '') throw new Error('DATABASE_URL sqlite: needs a file path');
    return { dialect: 'sqlite', path };
  }
  throw new Error('DATABASE_URL must start with sqlite: or postgres:// or postgresql://');
}
