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

/** The PostgreSQL update of {@link recordPageProgress}, its values from `$first` on. */
function postgresProgress(page: PageProgress, first: number): PostgresStatement {
  const sliced = page.slice !== undefined;
  const $ = (i: number) => `$${first + i}`;
  return {
    name: sliced ? 'cora_page_progress_sliced' : 'cora_page_progress',
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
  const changed = await executeUpdate(
    em,
    `update sync_run set pages = pages + 1, fetched = fetched + ?, inserted = inserted + ?,
       updated = updated + ?, skipped = skipped + ?, checkpoint = ?, updated_at = ?
     where id = ? and connection_id = ? and status = ?${page.slice === undefined ? '' : ' and slice = ?'}`,
    [
      page.fetched,
      page.inserted,
      page.updated,
      page.skipped,
      page.checkpoint === null ? null : JSON.stringify(page.checkpoint),
      page.now,
      page.runId,
      page.connectionId,
      SyncStatus.RUNNING,
      ...(page.slice === undefined ? [] : [page.slice]),
    ],
  );
  return changed === 1;
}
