import type { SqlEntityManager } from '@mikro-orm/knex';
import type { SyncCheckpoint } from '../entities/sync-run.entity.js';
import { SyncStatus } from '../enums.js';
import { dialectOf, executeUpdate } from './driver.js';
import type { PostgresStatement, TotalsDelta } from './totals.js';

/** Counters and resume point of one page. */
export interface PageProgress {
  runId: string;
  connectionId: string;
  fetched: number;
  inserted: number;
  updated: number;
  skipped: number;
  checkpoint: SyncCheckpoint | null;
  now: Date;
  /** The slice writing it (see `SyncRunRepository.claimSlice`); omitted: any. */
  slice?: number | undefined;
}

/**
 * The update of {@link recordPageProgress}, with `placeholder(i)` for its i-th value: `?` on
 * SQLite, `$n` on PostgreSQL (where it runs beside the totals, its values after theirs).
 */
function progressUpdate(
  page: PageProgress,
  placeholder: (i: number) => string,
): { text: string; values: unknown[] } {
  const $ = placeholder;
  const sliced = page.slice !== undefined;
  return {
    text:
      `update sync_run set pages = pages + 1, fetched = fetched + ${$(0)}, inserted = inserted + ${$(1)}, ` +
      `updated = updated + ${$(2)}, skipped = skipped + ${$(3)}, checkpoint = ${$(4)}, updated_at = ${$(5)} ` +
      `where id = ${$(6)} and connection_id = ${$(7)} and status = ${$(8)}${sliced ? ` and slice = ${$(9)}` : ''}`,
    values: [
      page.fetched,
      page.inserted,
      page.updated,
      page.skipped,
      page.checkpoint === null ? null : JSON.stringify(page.checkpoint),
      page.now,
      page.runId,
      page.connectionId,
      SyncStatus.RUNNING,
      ...(sliced ? [page.slice] : []),
    ],
  };
}

/** The PostgreSQL update of {@link recordPageProgress}, its values from `$first` on. */
function postgresProgress(page: PageProgress, first: number): PostgresStatement {
  return {
    name: page.slice !== undefined ? 'cora_page_progress_sliced' : 'cora_page_progress',
    ...progressUpdate(page, (i) => `$${first + i}`),
  };
}

/**
 * Adds a page's counters to a RUNNING run and stores its checkpoint, with the page's change of
 * the running totals when given (on PostgreSQL in the same statement); false if the run is
 * not RUNNING or another slice has taken it over since `page.slice` was claimed.
 */
export async function recordPageProgress(
  em: SqlEntityManager,
  page: PageProgress,
  totals?: TotalsDelta,
): Promise<boolean> {
  if (totals !== undefined && dialectOf(em) === 'postgresql')
    return (await totals.applyWith(em, page.connectionId, postgresProgress(page, 10))) === 1;
  await totals?.apply(em, page.connectionId);
  const { text, values } = progressUpdate(page, () => '?');
  const changed = await executeUpdate(em, text, values);
  return changed === 1;
}
