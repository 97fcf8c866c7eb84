import { listPages } from './list-pages.js';
import type { RunContext } from './run-context.js';
import type { BackfillCheckpoint, BackfillPhase } from './sync-cursor.js';

type Pass = 'entries' | 'refunds' | 'payouts';

const NEXT: Record<Pass, BackfillPhase> = {
  entries: 'refunds',
  refunds: 'payouts',
  payouts: 'links',
};

function fetchOf(ctx: RunContext, pass: Pass) {
  return (after: string | undefined) =>
    pass === 'entries'
      ? ctx.listBalanceTransactions({}, after)
      : pass === 'refunds'
        ? ctx.listRefunds({}, after)
        : ctx.listPayouts({}, after);
}

async function writePass(
  ctx: RunContext,
  pass: Pass,
  page: { data: unknown[]; fetchedAt: number },
): Promise<void> {
  if (pass === 'entries') await ctx.books.writeEntries(page.data);
  else if (pass === 'refunds') await ctx.books.writeRefunds(page.data);
  else await ctx.books.writePayouts(page.data, page.fetchedAt);
}

/**
 * One pass of a full import of the books: every balance transaction, refund (for the charge
 * of its entry) or payout, newest first from the checkpoint's `booksAfter`, each page
 * recorded with the checkpoint. Returns the checkpoint after the pass, or null when
 * `pause()` stopped it after a page.
 */
async function runPass(
  ctx: RunContext,
  pass: Pass,
  start: BackfillCheckpoint,
  pause: () => boolean,
): Promise<BackfillCheckpoint | null> {
  let checkpoint = start;
  const pages = listPages<{ id: string; created: number }>(
    fetchOf(ctx, pass),
    checkpoint.booksAfter ?? undefined,
  );
  const highWater = pass === 'payouts' ? 'payoutsHighWater' : 'balanceHighWater';
  for await (const page of pages) {
    await writePass(ctx, pass, page);
    checkpoint = {
      ...checkpoint,
      booksAfter: page.data.at(-1)?.id ?? checkpoint.booksAfter ?? null,
    };
    // Refunds share the balance transactions' high water, which the entries pass set.
    if (pass !== 'refunds')
      checkpoint[highWater] = Math.max(checkpoint[highWater] ?? 0, page.data[0]?.created ?? 0);
    await ctx.recordCheckpoint({ ...checkpoint });
    if (page.hasMore && pause()) return null;
  }
  return checkpoint;
}

/**
 * The books' part of a full import, after the charges: balance transactions, refunds (the
 * charge of each refund entry), payouts, then the entries each automatic payout settled. Resumes at the checkpoint's phase; returns the
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
  for (const pass of ['entries', 'refunds', 'payouts'] as const) {
    if (checkpoint.phase !== pass) continue;
    checkpoint = await runPass(ctx, pass, checkpoint, pause);
    if (checkpoint === null) return null;
    checkpoint = { ...checkpoint, phase: NEXT[pass], booksAfter: null };
    await ctx.recordCheckpoint({ ...checkpoint });
  }
  return (await ctx.books.linkUnlinked(pause)) ? checkpoint : null;
}
