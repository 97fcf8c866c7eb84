import type { BooksPageContent } from '@cora/db';
import { importEntries, importPayouts, refundCharges } from '../books/books-writer.js';
import { listPages } from './list-pages.js';
import type { RunContext } from './run-context.js';
import type { BackfillCheckpoint, BackfillPhase } from './sync-cursor.js';
import { WriteBehind } from './write-behind.js';

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

function contentOf(pass: Pass, page: { data: unknown[]; fetchedAt: number }): BooksPageContent {
  if (pass === 'entries') return { entries: importEntries(page.data) };
  if (pass === 'refunds') return { chargeOf: refundCharges(page.data) };
  return { payouts: importPayouts(page.data, page.fetchedAt) };
}

/**
 * One pass of a full import of the books: every balance transaction, refund (for the charge
 * of its entry) or payout, newest first from the checkpoint's `booksAfter`, each page
 * written with the checkpoint in one transaction while the next is read. Returns the checkpoint after the pass, or null when
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
  const writes = new WriteBehind();
  try {
    for await (const page of pages) {
      checkpoint = {
        ...checkpoint,
        booksAfter: page.data.at(-1)?.id ?? checkpoint.booksAfter ?? null,
      };
      // Refunds share the balance transactions' high water, which the entries pass set.
      if (pass !== 'refunds')
        checkpoint[highWater] = Math.max(checkpoint[highWater] ?? 0, page.data[0]?.created ?? 0);
      const at = { ...checkpoint };
      const content = contentOf(pass, page);
      await writes.submit(() => ctx.writeBooksPage(content, at));
      if (page.hasMore && pause()) {
        await writes.flush();
        return null;
      }
    }
    await writes.flush();
  } catch (error) {
    await writes.settle();
    throw error;
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
