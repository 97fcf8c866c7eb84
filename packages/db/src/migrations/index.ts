import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { Dialect } from '../sql/driver.js';
import { postgresqlMigrations } from './postgresql/index.js';
import { sqliteMigrations } from './sqlite/index.js';

/** The committed migrations of one dialect, oldest first. */
export function migrationsFor(dialect: Dialect): Constructor<Migration>[] {
  return dialect === 'postgresql' ? postgresqlMigrations : sqliteMigrations;
}
