import { DEFAULT_DATABASE_URL } from '../database-url.js';

/** The database the CLI works on: `DATABASE_URL`, else the default embedded database. */
export function cliDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL;
}
