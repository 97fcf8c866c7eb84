import { importBalanceTransaction, importPayout, type BalanceEntry } from '@cora/core';
import {
  BalanceEntryRepository,
  PayoutRepository,
  type PageWriter,
  type VersionedPayout,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import Stripe from 'stripe';
import type { BookChanges } from '../stripe-changes/book-changes.js';
import { WriteBehind } from '../sync/write-behind.js';

/** A Stripe call on the connected account (rate-limited and retried by the caller's client). */
export type StripeCall = <T>(call: (stripe: Stripe) => Promise<T>) => Promise<T>;

/** Stripe list pages hold at most this many objects. */
const PAGE_SIZE = 100;

// Stripe answers the `payout` filter only for automatic payouts; a refusal of that parameter
// leaves the payout unlinked (and shown unreconciled) instead of failing the whole import.
// The error may come classified, with Stripe's as its cause.
function payoutFilterRefused(error: unknown): boolean {
  const stripeError = error instanceof Error && error.cause !== undefined ? error.cause : error;
  return (
    (stripeError instanceof Stripe.errors.StripeInvalidRequestError ||
      error instanceof Stripe.errors.StripeInvalidRequestError) &&
    ((stripeError as { param?: unknown }).param === 'payout' ||
      (error as { param?: unknown }).param === 'payout')
  );
}

/** The expanded balance transactions of a page of charges, as entries (written with the page). */
export function settlementEntries(charges: readonly unknown[]): BalanceEntry[] {
  return importEntries(
    charges
      .map((charge) => (charge as { balance_transaction?: unknown }).balance_transaction)
      .filter((txn): txn is object => typeof txn === 'object' && txn !== null),
  );
}

/** A page of raw balance transactions, as entries. */
export function importEntries(raw: readonly unknown[]): BalanceEntry[] {
  return raw.map((txn) => importBalanceTransaction(txn));
}

/** A page of raw payouts, each with `version` as its change marker. */
export function importPayouts(raw: readonly unknown[], version: number): VersionedPayout[] {
  return raw.map((payout) => ({ ...importPayout(payout), sourceVersion: version }));
}

/** The charge of each refund in a page of raw refunds, by the refund's id. */
export function refundCharges(raw: readonly unknown[]): Map<string, string> {
  const chargeOf = new Map<string, string>();
  for (const refund of raw as { id?: unknown; charge?: unknown }[]) {
    const charge =
      typeof refund.charge === 'string'
        ? refund.charge
        : (refund.charge as { id?: unknown } | null)?.id;
    if (typeof refund.id === 'string' && typeof charge === 'string')
      chargeOf.set(refund.id, charge);
  }
  return chargeOf;
}

/**
 * Writes Stripe's balance transactions and payouts into one connection's books: pages from
 * a sync, changes from events, and the entries each automatic payout settled (through the
 * page writer).
 */
export class BooksWriter {
  private readonly em: SqlEntityManager;
  private readonly writer: PageWriter;

  constructor(
    store: { em: SqlEntityManager; writer: PageWriter },
    private readonly connectionId: string,
    private readonly stripe: StripeCall,
  ) {
    this.em = store.em;
    this.writer = store.writer;
  }

  /** Stores a page of raw balance transactions. */
  async writeEntries(raw: readonly unknown[]): Promise<void> {
    await new BalanceEntryRepository(this.em).upsert(this.connectionId, importEntries(raw));
  }

  /** Stores a page of raw payouts, each with `version` as its change marker. */
  async writePayouts(raw: readonly unknown[], version: number): Promise<void> {
    await new PayoutRepository(this.em).upsert(this.connectionId, importPayouts(raw, version));
  }

  /** Records the charge of each refund's balance entry, from a page of raw refunds. */
  async writeRefunds(raw: readonly unknown[]): Promise<void> {
    await new BalanceEntryRepository(this.em).linkSourcesToCharge(
      this.connectionId,
      refundCharges(raw),
    );
  }

  /**
   * Imports the entries an automatic payout settled (`GET /v1/balance_transactions?payout=`),
   * page by page, and marks it linked with the last page; false when Stripe refused the filter.
   * Its pages are written through `writes`, the last one maybe still in flight on return.
   */
  private async linkPayout(payoutId: string, writes: WriteBehind): Promise<boolean> {
    let after: string | undefined;
    for (;;) {
      let page: Stripe.ApiList<Stripe.BalanceTransaction>;
      try {
        page = await this.stripe((stripe) =>
          stripe.balanceTransactions.list({
            payout: payoutId,
            limit: PAGE_SIZE,
            ...(after === undefined ? {} : { starting_after: after }),
          }),
        );
      } catch (error) {
        if (payoutFilterRefused(error)) return false;
        throw error;
      }
      const entries = page.data.map((txn) => importBalanceTransaction(txn, payoutId));
      const complete = !page.has_more;
      await writes.submit(() =>
        this.writer.payoutEntries({
          connectionId: this.connectionId,
          payoutStripeId: payoutId,
          entries,
          complete,
        }),
      );
      const last = page.data.at(-1);
      if (complete || last === undefined) return true;
      after = last.id;
    }
  }

  /**
   * Links every automatic payout not linked yet, oldest first, each payout's entries written
   * while the next payout's are read; stops early (false) when `pause()` says so after a
   * payout. What is linked is recorded, so a resumed run goes on.
   */
  async linkUnlinked(pause: () => boolean = () => false): Promise<boolean> {
    const repository = new PayoutRepository(this.em);
    const refused = new Set<string>();
    const writes = new WriteBehind();
    try {
      for (;;) {
        const batch = (await repository.unlinked(this.connectionId, 100)).filter(
          (payout) => !refused.has(payout.stripeId),
        );
        if (batch.length === 0) return true;
        for (const payout of batch) {
          if (!(await this.linkPayout(payout.stripeId, writes))) refused.add(payout.stripeId);
          if (pause()) {
            await writes.flush();
            return false;
          }
        }
        // The next batch is read from what is committed.
        await writes.flush();
      }
    } catch (error) {
      await writes.settle();
      throw error;
    }
  }

  /**
   * Applies what events changed: payouts, balance transactions carried or named (read once
   * each when not in the books yet), the charges of refunds and disputes; then links payouts.
   */
  async apply(changes: BookChanges): Promise<void> {
    const entries = new BalanceEntryRepository(this.em);
    await new PayoutRepository(this.em).upsert(this.connectionId, changes.payouts);
    await entries.upsert(this.connectionId, changes.entries);
    for (const [txnId, chargeId] of changes.toRetrieve) {
      const known = await entries.findByStripeId(this.connectionId, txnId);
      if (known !== null && (known.chargeId !== null || chargeId === null)) continue;
      const raw = await this.stripe((stripe) => stripe.balanceTransactions.retrieve(txnId));
      const entry = importBalanceTransaction(raw);
      await entries.upsert(this.connectionId, [{ ...entry, chargeId: entry.chargeId ?? chargeId }]);
    }
    await entries.linkSourcesToCharge(this.connectionId, changes.chargeOf);
    if (changes.payouts.some((payout) => payout.automatic)) await this.linkUnlinked();
  }
}
