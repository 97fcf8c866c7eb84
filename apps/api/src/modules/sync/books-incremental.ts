import { PayoutRepository } from '@cora/db';
import { listPages } from './list-pages.js';
import type { RunContext } from './run-context.js';
import type { SyncCursor } from './sync-cursor.js';

/** Seconds re-read before a `created` cursor, so same-second objects at a boundary are not lost. */
const CREATED_OVERLAP_SECONDS = 1;

/**
 * The books' new balance transactions, refunds (their entries' charge) and payouts by
 * `created` since the cursor (with a small overlap); a cursor without them (0) imports them
 * all. Returns where each list continues.
 */
export async function incrementalBooks(
  ctx: RunContext,
  cursor: SyncCursor,
): Promise<{ balanceCreated: number; payoutsCreated: number }> {
  const since = (created: number | undefined): { created?: { gte: number } } =>
    created ? { created: { gte: created - CREATED_OVERLAP_SECONDS } } : {};
  let balanceCreated = cursor.balanceCreated ?? 0;
  const entries = listPages((after) =>
    ctx.listBalanceTransactions(since(cursor.balanceCreated), after),
  );
  for await (const page of entries) {
    balanceCreated = Math.max(balanceCreated, page.data[0]?.created ?? 0);
    await ctx.books.writeEntries(page.data);
  }
  const refunds = listPages((after) => ctx.listRefunds(since(cursor.balanceCreated), after));
  for await (const page of refunds) await ctx.books.writeRefunds(page.data);
  let payoutsCreated = cursor.payoutsCreated ?? 0;
  // Payouts still on their way are read again until Stripe says they arrived or failed.
  const open = await new PayoutRepository(ctx.em).oldestOpenCreated(ctx.connectionId);
  const payoutsSince =
    open === null || !cursor.payoutsCreated
      ? cursor.payoutsCreated
      : Math.min(open, cursor.payoutsCreated);
  const payouts = listPages((after) => ctx.listPayouts(since(payoutsSince), after));
  for await (const page of payouts) {
    payoutsCreated = Math.max(payoutsCreated, page.data[0]?.created ?? 0);
    await ctx.books.writePayouts(page.data, page.fetchedAt);
  }
  return { balanceCreated, payoutsCreated };
}
