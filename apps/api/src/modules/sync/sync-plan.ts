import { ConnectionRepository, SyncRunRepository } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  decodeCursor,
  parseBackfillCheckpoint,
  type BackfillCheckpoint,
  type SyncCursor,
} from './sync-cursor.js';

/** Stripe keeps events for 30 days; an hour of margin keeps the window trustworthy. */
export const EVENTS_RETENTION_MS = 30 * 24 * 60 * 60 * 1000 - 60 * 60 * 1000;

/** What a run will do, decided before it starts. */
export type SyncPlan =
  | { kind: 'full'; resume: BackfillCheckpoint | null; note: string | null }
  | { kind: 'incremental'; cursor: SyncCursor };

/**
 * Full when asked, when nothing was imported yet, when an interrupted full run can resume,
 * or when the last sync is older than Stripe's event retention; otherwise incremental.
 */
export async function planSync(
  em: SqlEntityManager,
  connectionId: string,
  fullRequested: boolean,
  now: number = Date.now(),
): Promise<SyncPlan> {
  const connection = await new ConnectionRepository(em).findById(connectionId);
  const resume = parseBackfillCheckpoint(
    await new SyncRunRepository(em).resumeCheckpoint(connectionId),
  );
  const cursor = decodeCursor(connection?.syncCursor ?? null);
  if (resume !== null) {
    return {
      kind: 'full',
      resume,
      note: 'Resumed an interrupted full import from its last checkpoint.',
    };
  }
  if (fullRequested || cursor === null) return { kind: 'full', resume: null, note: null };
  if (now - cursor.eventsCreated * 1000 > EVENTS_RETENTION_MS) {
    return {
      kind: 'full',
      resume: null,
      note: 'The last sync was more than 30 days ago, beyond Stripe’s event history, so every charge was re-imported.',
    };
  }
  return { kind: 'incremental', cursor };
}
