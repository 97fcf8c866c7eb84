import { createCategorizer, type BalanceEntry, type VersionedTransaction } from '@cora/core';
import {
  SyncRunRepository,
  SyncStatus,
  SyncTrigger,
  TransactionRepository,
  type Orm,
} from '@cora/db';
import { pino } from 'pino';
import type Stripe from 'stripe';
import type { StripeConfig } from '../src/config/config.js';
import { settlementEntries } from '../src/modules/books/books-writer.js';
import { importCopies } from '../src/modules/stripe-changes/charge-changes.js';
import { StripeClients } from '../src/modules/stripe/stripe-clients.js';
import { listPages } from '../src/modules/sync/list-pages.js';
import { PAGE_SIZE } from '../src/modules/sync/run-context.js';
import type { SandboxProcess } from './sandbox-process.js';

/** A phase's figure: how many charges it handled and how long it took. */
export interface Rate {
  charges: number;
  seconds: number;
}

export const perSecond = (rate: Rate): number => rate.charges / rate.seconds;

/** A page as the engine writes it: its mapped charges and the balance entries they carry. */
export interface MappedPage {
  rows: VersionedTransaction[];
  entries: BalanceEntry[];
}

/** The pages a read-only pass keeps to replay in the write-only pass (memory stays flat). */
const KEPT_PAGES = 20;

/**
 * (a) The read ceiling: every charge of the account paged through the SDK as the engine
 * asks for it (100 a page, the next page in flight) and mapped and categorized, nothing
 * written. Returns the rate and a few mapped pages for {@link writeOnly}.
 */
export async function readOnly(
  stripeConfig: StripeConfig,
  sandbox: SandboxProcess,
  account: string,
): Promise<{ rate: Rate; requests: number; pages: MappedPage[] }> {
  const tokens = await sandbox.control<{ access_token: string }>(
    'POST',
    `/accounts/${account}/connect`,
    {},
  );
  const stripe = new StripeClients(stripeConfig, pino({ level: 'warn' })).forAccount(
    tokens.access_token,
  );
  const categorize = createCategorizer({ userRules: [] });
  const kept: MappedPage[] = [];
  let charges = 0;
  let requests = 0;
  const started = performance.now();
  const pages = listPages<Stripe.Charge>((after) =>
    stripe.charges.list({
      limit: PAGE_SIZE,
      expand: ['data.balance_transaction'],
      ...(after === undefined ? {} : { starting_after: after }),
    }),
  );
  for await (const page of pages) {
    const { rows } = importCopies(
      page.data.map((charge) => ({ charge, version: page.fetchedAt })),
      categorize,
    );
    const entries = settlementEntries(page.data);
    charges += page.data.length;
    requests += 1;
    if (kept.length < KEPT_PAGES) kept.push({ rows, entries });
  }
  const seconds = (performance.now() - started) / 1000;
  return { rate: { charges, seconds }, requests, pages: kept };
}

/**
 * (b) The write ceiling: `total` charges written by the engine's page writer (one
 * transaction per page: the charges, their balance entries, the run's checkpoint and
 * counters), no Stripe. Replays the mapped pages with fresh Stripe ids, so every row is an
 * insert as in a first backfill.
 */
export async function writeOnly(
  orm: Orm,
  connectionId: string,
  pages: readonly MappedPage[],
  total: number,
): Promise<Rate> {
  if (pages.length === 0) return { charges: 0, seconds: Number.NaN };
  const { run } = await new SyncRunRepository(orm.em.fork()).startRun(
    connectionId,
    SyncTrigger.MANUAL,
    true,
  );
  let written = 0;
  const started = performance.now();
  for (let n = 0; written < total; n += 1) {
    const template = pages[n % pages.length] ?? { rows: [], entries: [] };
    const rows = template.rows.map((row, i) => ({
      ...row,
      stripeId: `ch_w${n}_${i}`,
      balanceTransactionId: `txn_w${n}_${i}`,
    }));
    const entries = template.entries.map((entry, i) => ({
      ...entry,
      stripeId: `txn_w${n}_${i}`,
      sourceId: `ch_w${n}_${i}`,
      chargeId: `ch_w${n}_${i}`,
    }));
    await new TransactionRepository(orm.em.fork()).upsertPage({
      connectionId,
      runId: run.id,
      rows,
      entries,
      checkpoint: { startingAfter: rows.at(-1)?.stripeId ?? null },
    });
    written += template.rows.length;
  }
  const seconds = (performance.now() - started) / 1000;
  await new SyncRunRepository(orm.em.fork()).finishRun(run.id, { status: SyncStatus.SUCCEEDED });
  return { charges: written, seconds };
}
