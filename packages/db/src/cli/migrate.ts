#!/usr/bin/env node
/**
 * Applies pending migrations to `DATABASE_URL` (default `sqlite:./data/cora.sqlite`; a
 * relative SQLite path is the repository's, as for the API): `npm run db:migrate`.
 */
import { parseDatabaseUrl } from '../database-url.js';
import { createOrm, migrateUp } from '../orm.js';
import { cliDatabaseUrl } from './env.js';

const databaseUrl = cliDatabaseUrl();
const { dialect } = parseDatabaseUrl(databaseUrl);
const orm = await createOrm({ databaseUrl });
try {
  const applied = await migrateUp(orm);
  // The URL itself is never printed: it may carry a password.
  console.log(
    applied.length > 0
      ? `${dialect}: applied ${applied.length} migration(s): ${applied.join(', ')}`
      : `${dialect}: schema is up to date`,
  );
} finally {
  await orm.close(true);
}
