import { backfillBooks } from './books-backfill.js';
import { listPages } from './list-pages.js';
import type { RunContext } from './run-context.js';
import type { BackfillCheckpoint, SyncCursor } from './sync-cursor.js';
import { WriteBehind } from './write-behind.js';

const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const CLOCK_SKEW_SECONDS = 60;

/**
 * Imports every charge of the account, newest first, resuming after `resume.startingAfter`
 * when a previous full run was interrupted. Charges created while it pages are picked up
 * by a catch-up pass over `created >= highWater` at the end. Each page is written (with its
 * checkpoint) while the next is read. When `pause()` says so after a page, it stops and
 * returns null once that page is committed: its checkpoint is where the run's next slice
 * resumes.
 */
export async function runBackfill(
  ctx: RunContext,
  resume: BackfillCheckpoint | null,
  pause: () => boolean = () => false,
): Promise<SyncCursor | null> {
  let checkpoint: BackfillCheckpoint = resume ?? {
    mode: 'full',
    startingAfter: null,
    highWater: null,
    startedAt: nowSeconds(),
  };
  let newest = checkpoint.highWater ?? 0;
  if (checkpoint.phase !== undefined && checkpoint.phase !== 'charges')
    return finishBooks(ctx, checkpoint, newest, pause);
  // Charges of the newest second, already imported: the catch-up pass re-reads that second.
  const seenAtHighWater = new Set<string>();
  const writes = new WriteBehind();
  try {
    const pages = listPages(
      (after) => ctx.listCharges({}, after),
      checkpoint.startingAfter ?? undefined,
    );
    for await (const page of pages) {
      const first = page.data[0];
      const last = page.data.at(-1);
      if (checkpoint.highWater === null)
        checkpoint = { ...checkpoint, highWater: first?.created ?? checkpoint.startedAt };
      if (last !== undefined) checkpoint = { ...checkpoint, startingAfter: last.id };
      newest = Math.max(newest, first?.created ?? 0);
      for (const charge of page.data)
        if (charge.created === checkpoint.highWater) seenAtHighWater.add(charge.id);
      const at = { ...checkpoint };
      await writes.submit(() => ctx.writeCharges(page.data, page.fetchedAt, at));
      if (page.hasMore && pause()) {
        await writes.flush();
        return null;
      }
    }

    const highWater = checkpoint.highWater ?? checkpoint.startedAt;
    const catchUp = listPages((after) => ctx.listCharges({ created: { gte: highWater } }, after));
    for await (const page of catchUp) {
      newest = Math.max(newest, page.data[0]?.created ?? 0);
      const unseen = page.data.filter((charge) => !seenAtHighWater.has(charge.id));
      const at = { ...checkpoint };
      await writes.submit(() => ctx.writeCharges(unseen, page.fetchedAt, at));
    }
    await writes.flush();
  } catch (error) {
    await writes.settle();
    throw error;
  }
  return finishBooks(ctx, checkpoint, newest, pause);
}

/** Imports the books after the charges; the cursor then says where each list continues. */
async function finishBooks(
  ctx: RunContext,
  start: BackfillCheckpoint,
  chargesCreated: number,
  pause: () => boolean,
): Promise<SyncCursor | null> {
  const checkpoint = await backfillBooks(ctx, start, pause);
  if (checkpoint === null) return null;
  // Changes to what was imported are read from the events since the backfill began,
  // with a margin for the difference between our clock and Stripe's.
  return {
    chargesCreated,
    eventsCreated: checkpoint.startedAt - CLOCK_SKEW_SECONDS,
    eventIds: [],
    balanceCreated: checkpoint.balanceHighWater ?? 0,
    payoutsCreated: checkpoint.payoutsHighWater ?? 0,
  };
}
