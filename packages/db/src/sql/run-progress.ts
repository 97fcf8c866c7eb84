import type { SqlEntityManager } from '@mikro-orm/knex';
import type { SyncCheckpoint } from '../entities/sync-run.entity.js';
import { SyncStatus } from '../enums.js';
import { executeUpdate } from './driver.js';

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
 * Adds a page's counters to a RUNNING run and stores its checkpoint; false if the run is not
 * RUNNING or another slice has taken it over since `page.slice` was claimed.
 */
export async function recordPageProgress(
  em: SqlEntityManager,
  page: PageProgress,
): Promise<boolean> {
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
