import { formatMinor, settlementTotals } from '@cora/core';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount, platformStripe, syncAndWait } from './support/books.js';
import { eachDatabase } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';

const DAY = 86_400;

interface PayoutNode {
  stripePayoutId: string;
  amount: string;
  status: string;
  entryCount: number;
  net: string;
  reconciled: boolean;
  difference: string;
}
interface TotalsNode {
  currency: string;
  charges: string;
  refunds: string;
  disputes: string;
  fees: string;
  other: string;
  net: string;
  paidOut: string;
}
interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}
interface ChargeNode {
  stripeTransactionId: string;
  fee: string | null;
  net: string | null;
  settlementCurrency: string | null;
  exchangeRate: number | null;
  currency: string;
}

const PAYOUTS = `query ($after: String) { stripePayouts(first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { stripePayoutId amount status entryCount net reconciled difference } } } }`;
const SETTLEMENT = `query { stripeSettlement { currency charges refunds disputes fees other net paidOut } }`;
const CHARGES = `query ($after: String) { stripeTransactions(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { stripeTransactionId fee net settlementCurrency exchangeRate currency } } } }`;

async function allPages<T>(h: Harness, token: string, query: string, field: string): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const result: { data: Record<string, Page<T>> | null; errors?: unknown } = await h.gql<
      Record<string, Page<T>>
    >(query, { after }, token);
    const page: Page<T> | undefined = result.data?.[field];
    if (page === undefined) throw new Error(JSON.stringify(result.errors));
    nodes.push(...page.edges.map((edge: { node: T }) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** What the sandbox says: every balance transaction and payout of the account, through the SDK. */
async function stripeBooks(h: Harness, account: string) {
  const stripe = platformStripe(h);
  const options = { stripeAccount: account };
  const txns = await stripe.balanceTransactions
    .list({ limit: 100 }, options)
    .autoPagingToArray({ limit: 10_000 });
  const payouts = await stripe.payouts
    .list({ limit: 100 }, options)
    .autoPagingToArray({ limit: 10_000 });
  return { stripe, txns, payouts };
}

function expectedTotals(txns: Stripe.BalanceTransaction[]): TotalsNode[] {
  return settlementTotals(
    txns.map((txn) => ({
      currency: txn.currency.toUpperCase(),
      reportingCategory: txn.reporting_category,
      amountMinor: txn.amount,
      feeMinor: txn.fee,
    })),
  ).map((totals) => {
    const money = (minor: bigint) => formatMinor(minor, totals.currency);
    return {
      currency: totals.currency,
      charges: money(totals.charges),
      refunds: money(totals.refunds),
      disputes: money(totals.disputes),
      fees: money(totals.fees),
      other: money(totals.other),
      net: money(totals.net),
      paidOut: money(totals.paidOut),
    };
  });
}

async function expectBooksMatchStripe(h: Harness, token: string, account: string): Promise<void> {
  const { txns, payouts } = await stripeBooks(h, account);
  const settlementCurrency = txns[0]?.currency.toUpperCase() ?? 'USD';

  const ours = await allPages<PayoutNode>(h, token, PAYOUTS, 'stripePayouts');
  expect(ours.map((p) => p.stripePayoutId).sort()).toEqual(payouts.map((p) => p.id).sort());
  const paid = ours.filter((p) => p.status === 'paid');
  expect(paid.length).toBeGreaterThanOrEqual(3);
  for (const payout of paid) {
    expect(payout).toMatchObject({
      reconciled: true,
      difference: formatMinor(0, settlementCurrency),
    });
    expect(payout.net).toBe(payout.amount);
    expect(payout.entryCount).toBeGreaterThan(0);
  }

  const settlement = await h.gql<{ stripeSettlement: TotalsNode[] }>(SETTLEMENT, {}, token);
  expect(settlement.data?.stripeSettlement).toEqual(expectedTotals(txns));

  const bySource = new Map(txns.map((txn) => [txn.source as string, txn]));
  const charges = await allPages<ChargeNode>(h, token, CHARGES, 'stripeTransactions');
  for (const charge of charges) {
    const txn = bySource.get(charge.stripeTransactionId);
    expect(txn, charge.stripeTransactionId).toBeDefined();
    const currency = txn!.currency.toUpperCase();
    expect(charge).toEqual({
      stripeTransactionId: charge.stripeTransactionId,
      fee: formatMinor(txn!.fee, currency),
      net: formatMinor(txn!.net, currency),
      settlementCurrency: currency,
      exchangeRate: txn!.exchange_rate,
      currency: charge.currency,
    });
  }
  // Several presentment currencies settle into one.
  expect(new Set(charges.map((charge) => charge.currency)).size).toBeGreaterThanOrEqual(3);
  expect(new Set(charges.map((charge) => charge.settlementCurrency)).size).toBe(1);
}

describe.each(eachDatabase('books'))('books that reconcile on %s', (_name, postgres) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ postgres });
  });
  afterAll(async () => {
    await h.close();
  });

  it('reconciles every paid payout, and totals and fees equal the sandbox’s, after a backfill and an incremental sync', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 400, seed: 14, days: 20 }).id;
    const token = await connectAccount(h, 'books-user', account);
    await expectBooksMatchStripe(h, token, account);

    const { stripe } = await stripeBooks(h, account);
    const options = { stripeAccount: account };
    const recent = (await stripe.charges.list({ limit: 50 }, options)).data.filter(
      (charge) => charge.status === 'succeeded' && charge.amount_refunded === 0 && !charge.disputed,
    );
    const [partial, full, disputed] = recent;
    if (!partial || !full || !disputed) throw new Error('no charges to refund');
    const refund = control.refundCharge(partial.id, { amount: 100 });
    control.refundCharge(full.id);
    control.disputeCharge(disputed.id);
    control.advanceClock(3 * DAY);
    await syncAndWait(h, token);
    await expectBooksMatchStripe(h, token, account);

    // A refund made after a payout appears, reconciled, in a later one.
    const entries = await h.gql<{
      stripeBalanceEntries: {
        edges: { node: { payoutId: string | null; category: string; sourceId: string } }[];
      };
    }>(
      `query ($charge: String) { stripeBalanceEntries(filter: { type: "refund", chargeId: $charge }) {
        edges { node { payoutId category sourceId } } } }`,
      { charge: partial.id },
      token,
    );
    const [entry] = entries.data?.stripeBalanceEntries.edges.map((e) => e.node) ?? [];
    expect(entry).toMatchObject({ category: 'Refunds', sourceId: refund.id });
    const settledBy = (await stripeBooks(h, account)).payouts.find((p) => p.id === entry?.payoutId);
    expect(settledBy?.created).toBeGreaterThan(Number(refund.created));
    const ours = await allPages<PayoutNode>(h, token, PAYOUTS, 'stripePayouts');
    expect(ours.find((p) => p.stripePayoutId === settledBy?.id)?.reconciled).toBe(true);
  });
});

describe('books arguments', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers a bad cursor, a bad date or an upside-down period with BAD_USER_INPUT', async () => {
    const token = await h.token('args-user');
    const codes = async (query: string, variables: Record<string, unknown> = {}) => {
      const result = await h.gql(query, variables, token);
      return { data: result.data, codes: result.errors?.map((e) => e.extensions?.code) };
    };
    const bad = { data: null, codes: ['BAD_USER_INPUT'] };
    expect(await codes(`query { stripePayouts(after: "not-a-cursor") { totalCount } }`)).toEqual(
      bad,
    );
    expect(
      await codes(`query { stripeBalanceEntries(after: "bm90IGEgY3Vyc29y") { totalCount } }`),
    ).toEqual(bad);
    expect(
      await codes(`query ($from: DateTime) { stripeSettlement(from: $from) { currency } }`, {
        from: 'yesterday',
      }),
    ).toEqual(bad);
    expect(
      await codes(
        `query { stripeSettlement(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { currency } }`,
      ),
    ).toEqual(bad);
    expect(await codes(`query { stripePayouts(first: 0) { totalCount } }`)).toEqual(bad);
    expect(await codes(`query { supportPayouts(userId: "someone") { totalCount } }`)).toMatchObject(
      { codes: ['FORBIDDEN'] },
    );
  });
});

describe.each(eachDatabase('books, sliced'))(
  'books of a backfill cut into slices on %s',
  (_name, postgres) => {
    let h: Harness;

    beforeAll(async () => {
      // Every slice stops after one page: each pass resumes from the checkpoint the last wrote.
      h = await startHarness({ postgres, env: { SYNC_SLICE_SECONDS: '0.001' } });
    });
    afterAll(async () => {
      await h.close();
    });

    it('reconciles as a backfill in one go does', async () => {
      const account = h.sandbox.control.createAccount({ charges: 300, seed: 21, days: 15 }).id;
      const token = await connectAccount(h, 'sliced-books-user', account);
      const history = await h.gql<{
        stripeSyncHistory: { edges: { node: { status: string; pagesFetched: number } }[] };
      }>(`query { stripeSyncHistory { edges { node { status pagesFetched } } } }`, {}, token);
      expect(history.data?.stripeSyncHistory.edges.map((e) => e.node.status)).toEqual([
        'SUCCEEDED',
      ]);
      await expectBooksMatchStripe(h, token, account);
    });
  },
);
