import type Stripe from 'stripe';
import { bookChangesOf } from '../stripe-changes/book-changes.js';
import { chargeCopiesOf } from '../stripe-changes/charge-changes.js';
import {
  BOOK_CHANGE_EVENT_TYPES,
  CHARGE_CHANGE_EVENT_TYPES,
} from '../stripe-changes/stripe-events.js';
import { incrementalBooks } from './books-incremental.js';
import { listPages, type FetchedPage } from './list-pages.js';
import { PAGE_SIZE, type RunContext } from './run-context.js';
import type { SyncCursor } from './sync-cursor.js';

/** Seconds re-read before the charge cursor, so same-second charges at a boundary are not lost. */
const CREATED_OVERLAP_SECONDS = 1;

/**
 * Imports what changed since `cursor`: the events since the last run decide whether
 * anything did (with nothing new this is the only request); then new charges by `created`
 * with a small overlap, then the changed charges the events carry (disputes re-read).
 */
export async function runIncremental(ctx: RunContext, cursor: SyncCursor): Promise<SyncCursor> {
  const known = new Set(cursor.eventIds);
  const events = listPages((after) =>
    ctx.stripe.call((stripe) =>
      stripe.events.list({
        limit: PAGE_SIZE,
        created: { gte: cursor.eventsCreated },
        types: [...CHARGE_CHANGE_EVENT_TYPES, ...BOOK_CHANGE_EVENT_TYPES],
        ...(after === undefined ? {} : { starting_after: after }),
      }),
    ),
  );
  const first = await events.next();
  if (first.done === true) return cursor;
  const firstNew = first.value.data.filter((event) => !known.has(event.id));
  if (firstNew.length === 0 && !first.value.hasMore) {
    await events.return(undefined);
    return cursor;
  }

  const chargesCreated = await importNewCharges(ctx, cursor.chargesCreated);
  const books = await incrementalBooks(ctx, cursor);
  const newestEvents = await applyEvents(ctx, first.value, events, known);
  await ctx.books.linkUnlinked();
  return {
    ...books,
    chargesCreated,
    eventsCreated: newestEvents.created ?? cursor.eventsCreated,
    eventIds: newestEvents.created === null ? cursor.eventIds : newestEvents.ids,
  };
}

async function importNewCharges(ctx: RunContext, since: number): Promise<number> {
  let newest = since;
  const pages = listPages((after) =>
    ctx.listCharges({ created: { gte: since - CREATED_OVERLAP_SECONDS } }, after),
  );
  for await (const page of pages) {
    newest = Math.max(newest, page.data[0]?.created ?? 0);
    await ctx.writeCharges(page.data, page.fetchedAt, null);
  }
  return newest;
}

/** Applies events page by page; returns the newest event second and the ids at it. */
async function applyEvents(
  ctx: RunContext,
  firstPage: FetchedPage<Stripe.Event>,
  rest: AsyncGenerator<FetchedPage<Stripe.Event>>,
  known: ReadonlySet<string>,
): Promise<{ created: number | null; ids: string[] }> {
  const newestCreated = firstPage.data[0]?.created ?? null;
  const newestIds = firstPage.data.filter((e) => e.created === newestCreated).map((e) => e.id);
  let page: FetchedPage<Stripe.Event> | undefined = firstPage;
  while (page !== undefined) {
    await applyEventPage(
      ctx,
      page.data.filter((event) => !known.has(event.id)),
    );
    const next = await rest.next();
    page = next.done === true ? undefined : next.value;
  }
  return { created: newestCreated, ids: newestIds };
}

async function applyEventPage(ctx: RunContext, events: readonly Stripe.Event[]): Promise<void> {
  const copies = await chargeCopiesOf(events, (chargeId) =>
    ctx.stripe.call((stripe) => stripe.charges.retrieve(chargeId)),
  );
  if (copies.length > 0) await ctx.writeCopies(copies, null);
  await ctx.books.apply(bookChangesOf(events));
}
