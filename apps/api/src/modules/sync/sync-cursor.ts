import { z } from 'zod';

/**
 * Where incremental sync continues: the newest charge `created` imported, the newest
 * event `created` processed and the ids of events at exactly that second (already done).
 * Stored on the connection as compact JSON.
 */
export interface SyncCursor {
  chargesCreated: number;
  eventsCreated: number;
  eventIds: string[];
  /** The newest balance transaction and payout `created` imported (0: none yet, import all). */
  balanceCreated?: number;
  payoutsCreated?: number;
}

const cursorSchema = z.object({
  c: z.number().int().nonnegative(),
  e: z.number().int().nonnegative(),
  ids: z.array(z.string()).default([]),
  b: z.number().int().nonnegative().default(0),
  p: z.number().int().nonnegative().default(0),
});

/** The connection column holds at most this many characters. */
const MAX_LENGTH = 191;

export function encodeCursor(cursor: SyncCursor): string {
  const books = { b: cursor.balanceCreated ?? 0, p: cursor.payoutsCreated ?? 0 };
  const withIds = JSON.stringify({
    c: cursor.chargesCreated,
    e: cursor.eventsCreated,
    ids: cursor.eventIds,
    ...books,
  });
  // Without the ids, those events are seen once more next time: harmless, only more work.
  return withIds.length <= MAX_LENGTH
    ? withIds
    : JSON.stringify({ c: cursor.chargesCreated, e: cursor.eventsCreated, ids: [], ...books });
}

/** The stored cursor, or null when there is none or it is unreadable (then: full sync). */
export function decodeCursor(stored: string | null): SyncCursor | null {
  if (stored === null) return null;
  try {
    const parsed = cursorSchema.parse(JSON.parse(stored));
    return {
      chargesCreated: parsed.c,
      eventsCreated: parsed.e,
      eventIds: parsed.ids,
      balanceCreated: parsed.b,
      payoutsCreated: parsed.p,
    };
  } catch {
    return null;
  }
}

/** Full-backfill resume point, kept in the run's checkpoint after every page. */
export interface BackfillCheckpoint {
  mode: 'full';
  /** The last charge id imported, newest-first order; null before the first page. */
  startingAfter: string | null;
  /** `created` of the newest charge when the backfill began; null until the first page. */
  highWater: number | null;
  /** Unix seconds when the backfill began. */
  startedAt: number;
  /** The pass in progress: charges, balance transactions, refunds, payouts, payouts' entries. */
  phase?: BackfillPhase;
  /** The last balance transaction or payout imported in the current pass. */
  booksAfter?: string | null;
  /** `created` of the newest balance transaction and payout when their passes began. */
  balanceHighWater?: number;
  payoutsHighWater?: number;
}

/** The passes of a full import, in order. */
export type BackfillPhase = 'charges' | 'entries' | 'refunds' | 'payouts' | 'links';

const checkpointSchema = z.object({
  mode: z.literal('full'),
  startingAfter: z.string().nullable(),
  highWater: z.number().int().nullable(),
  startedAt: z.number().int(),
  phase: z.enum(['charges', 'entries', 'refunds', 'payouts', 'links']).default('charges'),
  booksAfter: z.string().nullable().default(null),
  balanceHighWater: z.number().int().default(0),
  payoutsHighWater: z.number().int().default(0),
});

export function parseBackfillCheckpoint(raw: unknown): BackfillCheckpoint | null {
  const parsed = checkpointSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
