import type { SqlEntityManager } from '@mikro-orm/knex';
import { TransactionRepository, type SyncCheckpoint } from '@cora/db';
import type Stripe from 'stripe';
import { mapChargePage, type Categorize, type VersionedCharge } from './charge-rows.js';
import type { RunProgress } from './run-progress.js';
import type { StripeCaller } from './stripe-caller.js';

/** Stripe list pages hold at most this many objects; a sync always asks for full pages. */
export const PAGE_SIZE = 100;

/** What a backfill or an incremental pass needs from the run it belongs to. */
export class RunContext {
  constructor(
    readonly em: SqlEntityManager,
    readonly runId: string,
    readonly connectionId: string,
    readonly caller: StripeCaller,
    readonly categorize: Categorize,
    readonly progress: RunProgress,
  ) {}

  /** Lists charges newest first; `created` bounds and `starting_after` as Stripe takes them. */
  listCharges(
    params: Stripe.ChargeListParams,
    startingAfter: string | undefined,
  ): Promise<Stripe.ApiList<Stripe.Charge>> {
    return this.caller.call((stripe) =>
      stripe.charges.list({
        ...params,
        limit: PAGE_SIZE,
        ...(startingAfter === undefined ? {} : { starting_after: startingAfter }),
      }),
    );
  }

  /** Writes one fetched page: every charge carries the fetch time as its change marker. */
  writeCharges(
    charges: readonly unknown[],
    fetchedAt: number,
    checkpoint: SyncCheckpoint | null,
  ): Promise<void> {
    return this.writeVersioned(
      charges.map((charge) => ({ charge, version: fetchedAt })),
      checkpoint,
    );
  }

  /** Maps and writes one page of charges with the run's checkpoint, in one transaction. */
  async writeVersioned(
    charges: readonly VersionedCharge[],
    checkpoint: SyncCheckpoint | null,
  ): Promise<void> {
    const { rows, skipped } = mapChargePage(charges, this.categorize);
    // Nothing below refers to the raw Stripe objects, so they can be collected while the
    // page is written.
    const fetched = charges.length;
    const counts = await new TransactionRepository(this.em).upsertPage({
      connectionId: this.connectionId,
      runId: this.runId,
      rows,
      checkpoint,
      fetched,
      skipped,
    });
    this.progress.page({
      fetched,
      inserted: counts.inserted,
      updated: counts.updated,
      skipped,
    });
  }
}
