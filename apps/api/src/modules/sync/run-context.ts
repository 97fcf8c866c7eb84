import type { Categorize } from '@cora/core';
import type { BooksPageContent, PageWriter, SyncCheckpoint } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type Stripe from 'stripe';
import { BooksWriter, settlementEntries } from '../books/books-writer.js';
import { importCopies, type ChargeCopy } from '../stripe-changes/charge-changes.js';
import type { AccountClient } from '../stripe/connected-accounts.js';
import type { RunProgress } from './run-progress.js';

/** Stripe list pages hold at most this many objects; a sync always asks for full pages. */
export const PAGE_SIZE = 100;

/** Where a run reads and writes: its EntityManager, and the writer of its pages. */
export interface RunStore {
  em: SqlEntityManager;
  writer: PageWriter;
}

/** What a backfill or an incremental pass needs from the run it belongs to. */
export class RunContext {
  /** Writes the books' balance entries and payouts through the run's client. */
  readonly books: BooksWriter;
  readonly em: SqlEntityManager;
  private readonly writer: PageWriter;

  constructor(
    store: RunStore,
    readonly runId: string,
    readonly connectionId: string,
    /** The account's client, rate-limited and retrying. */
    readonly stripe: AccountClient,
    readonly categorize: Categorize,
    readonly progress: RunProgress,
    /** The slice this context writes for; its pages stop holding once a later slice claims the run. */
    readonly slice?: number | undefined,
  ) {
    this.em = store.em;
    this.writer = store.writer;
    this.books = new BooksWriter(store, connectionId, (call) => stripe.call(call));
  }

  /**
   * Lists charges newest first; `created` bounds and `starting_after` as Stripe takes them.
   * Each charge comes with its balance transaction expanded: its fee and net, one request
   * per page.
   */
  listCharges(
    params: Stripe.ChargeListParams,
    startingAfter: string | undefined,
  ): Promise<Stripe.ApiList<Stripe.Charge>> {
    return this.stripe.call((stripe) =>
      stripe.charges.list({
        ...params,
        limit: PAGE_SIZE,
        expand: ['data.balance_transaction'],
        ...(startingAfter === undefined ? {} : { starting_after: startingAfter }),
      }),
    );
  }

  /** Lists balance transactions newest first. */
  listBalanceTransactions(
    params: Stripe.BalanceTransactionListParams,
    startingAfter: string | undefined,
  ): Promise<Stripe.ApiList<Stripe.BalanceTransaction>> {
    return this.stripe.call((stripe) =>
      stripe.balanceTransactions.list({
        ...params,
        limit: PAGE_SIZE,
        ...(startingAfter === undefined ? {} : { starting_after: startingAfter }),
      }),
    );
  }

  /** Lists refunds newest first (each names its charge). */
  listRefunds(
    params: Stripe.RefundListParams,
    startingAfter: string | undefined,
  ): Promise<Stripe.ApiList<Stripe.Refund>> {
    return this.stripe.call((stripe) =>
      stripe.refunds.list({
        ...params,
        limit: PAGE_SIZE,
        ...(startingAfter === undefined ? {} : { starting_after: startingAfter }),
      }),
    );
  }

  /** Lists payouts newest first. */
  listPayouts(
    params: Stripe.PayoutListParams,
    startingAfter: string | undefined,
  ): Promise<Stripe.ApiList<Stripe.Payout>> {
    return this.stripe.call((stripe) =>
      stripe.payouts.list({
        ...params,
        limit: PAGE_SIZE,
        ...(startingAfter === undefined ? {} : { starting_after: startingAfter }),
      }),
    );
  }

  /** Records the run's checkpoint alone, as a page. */
  recordCheckpoint(checkpoint: SyncCheckpoint): Promise<void> {
    return this.writeBooksPage({}, checkpoint);
  }

  /** Writes one page of the books with the run's checkpoint, in one transaction. */
  async writeBooksPage(content: BooksPageContent, checkpoint: SyncCheckpoint): Promise<void> {
    await this.writer.books({
      ...content,
      connectionId: this.connectionId,
      runId: this.runId,
      checkpoint,
      slice: this.slice,
    });
    this.progress.page({ fetched: 0, inserted: 0, updated: 0, skipped: 0 });
  }

  /** Writes one fetched page: every charge carries the fetch time as its change marker. */
  writeCharges(
    charges: readonly unknown[],
    fetchedAt: number,
    checkpoint: SyncCheckpoint | null,
  ): Promise<void> {
    return this.writeCopies(
      charges.map((charge) => ({ charge, version: fetchedAt })),
      checkpoint,
    );
  }

  /**
   * Maps and writes one page of charge copies, with the balance transactions they carry and
   * the run's checkpoint, in one transaction.
   */
  async writeCopies(
    copies: readonly ChargeCopy[],
    checkpoint: SyncCheckpoint | null,
  ): Promise<void> {
    const { rows, skipped } = importCopies(copies, this.categorize);
    const entries = settlementEntries(copies.map((copy) => copy.charge));
    // Nothing below refers to the raw Stripe objects, so they can be collected while the
    // page is written.
    const fetched = copies.length;
    const counts = await this.writer.charges({
      connectionId: this.connectionId,
      runId: this.runId,
      rows,
      entries,
      checkpoint,
      fetched,
      skipped,
      ...(this.slice === undefined ? {} : { slice: this.slice }),
    });
    this.progress.page({
      fetched,
      inserted: counts.inserted,
      updated: counts.updated,
      skipped,
    });
  }
}
