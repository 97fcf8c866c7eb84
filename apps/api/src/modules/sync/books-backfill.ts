import { listPages } from './list-pages.js';
import type { RunContext } from './run-context.js';
import type { BackfillCheckpoint } from './sync-cursor.js';

type Pass = 'entries' | 'payouts';

/**
 * One pass of a full import of the books: every balance transaction, or every payout, newest
 * first from the checkpoint's `booksAfter`, each page recorded with the checkpoint. Returns
 * the checkpoint after the pass, or null when `pause()` stopped it after a page.
 */
async function runPass(
  ctx: RunContext,
  pass: Pass,
  start: BackfillCheckpoint,
  pause: () => boolean,
): Promise<BackfillCheckpoint | null> {
  let checkpoint = start;
  const pages = listPages<{ id: string; created: number }>(
    (after) =>
      pass === 'entries' ? ctx.listBalanceTransactions({}, after) : ctx.listPayouts({}, after),
    checkpoint.booksAfter ?? undefined,
  );
  const highWater = pass === 'entries' ? 'balanceHighWater' : 'payoutsHighWater';
  for await (const page of pages) {
    if (pass === 'entries') await ctx.books.writeEntries(page.data);
    else await ctx.books.writePayouts(page.data, page.fetchedAt);
    const newest = Math.max(checkpoint[highWater] ?? 0, page.data[0]?.created ?? 0);
    checkpoint = {
      ...checkpoint,
      [highWater]: newest,
      booksAfter: page.data.at(-1)?.id ?? checkpoint.booksAfter ?? null,
    };
    await ctx.recordCheckpoint({ ...checkpoint });
    if (page.hasMore && pause()) return null;
  }
  return checkpoint;
}

/**
 * The books' part of a full import, after the charges: balance transactions, payouts, then
 * the entries each automatic payout settled. Resumes at the checkpoint's phase; returns the
 * final checkpoint, or null when paused (the recorded checkpoint is where it resumes).
 */
export async function backfillBooks(
  ctx: RunContext,
  start: BackfillCheckpoint,
  pause: () => boolean,
): Promise<BackfillCheckpoint | null> {
  let checkpoint: BackfillCheckpoint | null = start;
  if (checkpoint.phase === 'charges' || checkpoint.phase === undefined) {
    checkpoint = { ...checkpoint, phase: 'entries', booksAfter: null };
    await ctx.recordCheckpoint({ ...checkpoint });
  }
  if (checkpoint.phase === 'entries') {
    checkpoint = await runPass(ctx, 'entries', checkpoint, pause);
    if (checkpoint === null) return null;
    checkpoint = { ...checkpoint, phase: 'payouts', booksAfter: null };
    await ctx.recordCheckpoint({ ...checkpoint });
  }
  if (checkpoint.phase === 'payouts') {
    checkpoint = await runPass(ctx, 'payouts', checkpoint, pause);
    if (checkpoint === null) return null;
    checkpoint = { ...checkpoint, phase: 'links', booksAfter: null };
    await ctx.recordCheckpoint({ ...checkpoint });
  }
  return (await ctx.books.linkUnlinked(pause)) ? checkpoint : null;
}
