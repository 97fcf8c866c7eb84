import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261126053924_initial } from './Migration20261126053924_initial.js';
import { Migration20261126055716_running_totals } from './Migration20261126055716_running_totals.js';
import { Migration20261126055905_unique_by_stripe_id } from './Migration20261126055905_unique_by_stripe_id.js';
import { Migration20261126061350_monitoring } from './Migration20261126061350_monitoring.js';
import { Migration20261202150428_webhook_parking } from './Migration20261202150428_webhook_parking.js';
import { Migration20261202151027_folded_description } from './Migration20261202151027_folded_description.js';
import { Migration20261202151216_oauth_browser_binding } from './Migration20261202151216_oauth_browser_binding.js';
import { Migration20261202183942_books } from './Migration20261202183942_books.js';
import { Migration20261202184505_sync_run_slice } from './Migration20261202184505_sync_run_slice.js';
import { Migration20261203115819_learning } from './Migration20261203115819_learning.js';

/** The committed postgresql migrations, oldest first (rewritten by scripts/create-migration.ts). */
export const postgresqlMigrations: Constructor<Migration>[] = [
  Migration20261126053924_initial,
  Migration20261126055716_running_totals,
  Migration20261126055905_unique_by_stripe_id,
  Migration20261126061350_monitoring,
  Migration20261202150428_webhook_parking,
  Migration20261202151027_folded_description,
  Migration20261202151216_oauth_browser_binding,
  Migration20261202183942_books,
  Migration20261202184505_sync_run_slice,
  Migration20261203115819_learning,
];
