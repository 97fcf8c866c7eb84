import type { BalanceEntry } from '@cora/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { BalanceEntryRepository } from '../repositories/balance-entry.repository.js';
import type { VersionedPayout } from '../repositories/books.types.js';
import { PayoutRepository } from '../repositories/payout.repository.js';
import { writeRunPage, type RunPageInput } from '../repositories/run-page.js';
import { TransactionRepository } from '../repositories/transaction.repository.js';
import type { UpsertCounts, UpsertPageInput } from '../repositories/transaction.types.js';

/** What a page of the books' backfill carries besides the run's checkpoint. */
export interface BooksPageContent {
  entries?: readonly BalanceEntry[];
  payouts?: readonly VersionedPayout[];
  /** The charge of each refund or dispute entry, by its source (`re_…`, `dp_…`). */
  chargeOf?: ReadonlyMap<string, string>;
}

/** A page of the books' backfill, written with the run's checkpoint in one transaction. */
export type BooksPageInput = RunPageInput & BooksPageContent;

/** A page of the entries an automatic payout settled (Stripe's `?payout=` listing). */
export interface PayoutEntriesInput {
  connectionId: string;
  payoutStripeId: string;
  entries: readonly BalanceEntry[];
  /** The listing is done: the payout is marked linked with this page. */
  complete: boolean;
}

/**
 * Writes a sync's pages, each in one transaction. Its calls are data only, so the writer may
 * run on another thread with a connection of its own (see `openPageWriter`).
 */
export interface PageWriter {
  /** A page of charges with the balance entries they carry and the run's counters and checkpoint. */
  charges(page: UpsertPageInput): Promise<UpsertCounts>;
  /** A page of balance transactions, refunds or payouts (or none) with the run's checkpoint. */
  books(page: BooksPageInput): Promise<void>;
  payoutEntries(page: PayoutEntriesInput): Promise<void>;
  close(): Promise<void>;
}

/** The pages written on this thread, each through an EntityManager `em()` hands out. */
export class InlinePageWriter implements PageWriter {
  constructor(private readonly em: () => SqlEntityManager) {}

  charges(page: UpsertPageInput): Promise<UpsertCounts> {
    return new TransactionRepository(this.em()).upsertPage(page);
  }

  books(page: BooksPageInput): Promise<void> {
    return writeRunPage(this.em(), page, async (tx) => {
      const { connectionId } = page;
      if (page.payouts !== undefined)
        await new PayoutRepository(tx).upsert(connectionId, page.payouts);
      const entries = new BalanceEntryRepository(tx);
      if (page.entries !== undefined) await entries.upsert(connectionId, page.entries);
      if (page.chargeOf !== undefined)
        await entries.linkSourcesToCharge(connectionId, page.chargeOf);
    });
  }

  payoutEntries(page: PayoutEntriesInput): Promise<void> {
    return new PayoutRepository(this.em()).linkEntries(
      page.connectionId,
      page.payoutStripeId,
      page.entries,
      page.complete,
    );
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** The name of each {@link PageWriter} call that writes. */
export type PageWriteKind = Exclude<keyof PageWriter, 'close'>;
