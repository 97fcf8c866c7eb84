import type { SqlEntityManager } from '@mikro-orm/knex';
import type { SyncCheckpoint } from '../entities/sync-run.entity.js';
import { lockConnectionWrites } from '../sql/connection-lock.js';
import { recordPageProgress } from '../sql/run-progress.js';

/** A page of a sync run that carries no charges (one of the books' lists, or none). */
export interface RunPageInput {
  connectionId: string;
  runId: string;
  /** The engine's resume point after this page. */
  checkpoint: SyncCheckpoint | null;
  /** The slice writing it: nothing is written once another slice has claimed the run. */
  slice?: number | undefined;
}

/** Thrown when a page arrives for a run that is no longer RUNNING (e.g. declared stale). */
export class RunNotRunningError extends Error {
  constructor(readonly runId: string) {
    super(`Sync run ${runId} is not running`);
    this.name = 'RunNotRunningError';
  }
}

/**
 * Runs `write` and records the page in the run (one more page, its checkpoint) in ONE
 * transaction, committed as a bulk page (see lockConnectionWrites).
 * @throws RunNotRunningError when the run is not RUNNING or another slice has claimed it
 *   (nothing is written).
 */
export async function writeRunPage(
  em: SqlEntityManager,
  input: RunPageInput,
  write: (tx: SqlEntityManager) => Promise<void>,
): Promise<void> {
  await em.transactional(async (tx) => {
    await lockConnectionWrites(tx, input.connectionId, true);
    await write(tx);
    const recorded = await recordPageProgress(tx, {
      ...input,
      fetched: 0,
      inserted: 0,
      updated: 0,
      skipped: 0,
      now: new Date(),
    });
    if (!recorded) throw new RunNotRunningError(input.runId);
  });
}
