/** The PostgreSQL server of the second suite; unset means SQLite only. */
export const postgresUrl = process.env['TEST_DATABASE_URL'];

/** A `describe.each` row: the database's name and, for PostgreSQL, the server's URL. */
export type DatabaseRow = readonly ['SQLite', undefined] | readonly ['PostgreSQL', string];

/**
 * The databases `suite` runs on: SQLite, and PostgreSQL when TEST_DATABASE_URL is set.
 * Without it, says once, loudly, that the PostgreSQL suite did not run.
 */
export function eachDatabase(suite: string): DatabaseRow[] {
  if (postgresUrl === undefined) {
    console.warn(`[skipped] ${suite} on PostgreSQL: set TEST_DATABASE_URL to run it`);
    return [['SQLite', undefined]];
  }
  return [
    ['SQLite', undefined],
    ['PostgreSQL', postgresUrl],
  ];
}

export { scratchPostgres, scratchSqlite, type ScratchDatabase } from '@cora/db/testing';

/** Says once, loudly, that a PostgreSQL-only suite did not run. */
export function notePostgresSkipped(suite: string): void {
  if (postgresUrl === undefined) {
    console.warn(`[skipped] ${suite} on PostgreSQL: set TEST_DATABASE_URL to run it`);
  }
}
