import { ConnectionStatus } from '@cora/core';
import { ConnectionRepository, SyncRunRepository, SyncStatus, type SyncRunEntity } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';

/** The run's note once it resumed after an interruption, kept at its end. */
export const RESUMED_NOTE = 'Resumed by itself after an interruption, from its last checkpoint.';
/** What the connection shows while an interrupted import resumes. */
export const RESUMING_CODE = 'SYNC_RESUMING';
const RESUMING_MESSAGE =
  'Your import was interrupted and is resuming from its last checkpoint; some charges are not imported yet.';

/** The run and the connection say that an interrupted import is resuming. */
export async function markResuming(em: SqlEntityManager, run: SyncRunEntity): Promise<void> {
  await new SyncRunRepository(em).setNote(run.id, RESUMED_NOTE);
  const connections = new ConnectionRepository(em);
  const connection = await connections.findById(run.connection.id);
  await connections.recordSyncResult(run.connection.id, {
    nextSyncAt: connection?.nextSyncAt ?? null,
    error: { code: RESUMING_CODE, message: RESUMING_MESSAGE },
  });
}

/**
 * Ends a run SUCCEEDED and moves the connection's cursor; clears any error or resume note.
 * Does nothing when the run had ended or a later slice than `slice` had claimed it.
 */
export async function recordSuccess(
  em: SqlEntityManager,
  run: SyncRunEntity,
  cursor: string,
  syncIntervalMs: number,
  slice?: number,
): Promise<void> {
  const finishedAt = new Date();
  const runs = new SyncRunRepository(em);
  // The note may have changed since the slice began (a resume after an interruption).
  const note = (await runs.findById(run.id))?.note ?? null;
  const finished = await runs.finishRun(
    run.id,
    { status: SyncStatus.SUCCEEDED, finishedAt, note },
    slice,
  );
  if (finished === null) return;
  await new ConnectionRepository(em).recordSyncResult(run.connection.id, {
    lastSyncedAt: finishedAt,
    nextSyncAt: new Date(finishedAt.getTime() + syncIntervalMs),
    syncCursor: cursor,
    error: null,
  });
}

/**
 * Ends a run FAILED with a safe message; the connection shows it. Does nothing when the run
 * had ended or a later slice than `slice` had claimed it.
 */
export async function recordFailure(
  em: SqlEntityManager,
  runId: string,
  connectionId: string,
  failure: { message: string },
  errorCode: string,
  syncIntervalMs: number,
  slice?: number,
): Promise<void> {
  const finished = await new SyncRunRepository(em).finishRun(
    runId,
    { status: SyncStatus.FAILED, errorCode, errorMessage: failure.message },
    slice,
  );
  if (finished === null) return;
  const connection = await new ConnectionRepository(em).findById(connectionId);
  const connected = connection?.status === ConnectionStatus.CONNECTED;
  await new ConnectionRepository(em).recordSyncResult(connectionId, {
    nextSyncAt: connected ? new Date(Date.now() + syncIntervalMs) : null,
    error: { code: errorCode, message: failure.message },
  });
}
