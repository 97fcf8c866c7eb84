import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { connectedAccount, stripeFor, testSandbox } from './helpers.js';

const DAY = 86_400;
// 12:00 UTC: between two daily payout runs (06:00 UTC), so each test knows which run comes next.
const START = Date.UTC(2026, 5, 10, 12) / 1000;

async function entriesOf(stripe: Stripe, payout: string): Promise<Stripe.BalanceTransaction[]> {
  return stripe.balanceTransactions
    .list({ payout, limit: 100 })
    .autoPagingToArray({ limit: 10_000 });
}

const idOf = (field: string | { id: string } | null): string =>
  typeof field === 'string' ? field : (field?.id ?? '');

const sumNet = (txns: Stripe.BalanceTransaction[]): number =>
  txns.reduce((sum, txn) => sum + txn.net, 0);

/** Every payout of an account with what `?payout=` lists for it. */
async function payoutsWithEntries(
  stripe: Stripe,
): Promise<{ payout: Stripe.Payout; entries: Stripe.BalanceTransaction[] }[]> {
  const payouts = await stripe.payouts.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
  return Promise.all(
    payouts.map(async (payout) => ({ payout, entries: await entriesOf(stripe, payout.id) })),
  );
}

describe('automatic payouts', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await testSandbox({ startTime: START });
  });
  afterAll(() => sandbox.close());

  it('settle exactly what became available since the previous payout, own entry included', async () => {
    const { stripe } = connectedAccount(sandbox, 3000, 11);
    const all = (await payoutsWithEntries(stripe)).reverse();
    expect(all.length).toBeGreaterThan(80);
    const seen = new Set<string>();
    let previous = 0;
    for (const { payout, entries } of all) {
      const own = entries.filter((txn) => txn.type === 'payout');
      expect(own.map((txn) => txn.id)).toEqual([payout.balance_transaction]);
      const settled = entries.filter((txn) => txn.type !== 'payout');
      expect(payout.amount).toBe(sumNet(settled));
      expect(sumNet(entries)).toBe(0);
      expect(payout.amount).toBeGreaterThan(0);
      for (const txn of settled) {
        expect(seen.has(txn.id)).toBe(false);
        seen.add(txn.id);
        expect(txn.available_on).toBeLessThanOrEqual(payout.created);
        expect(txn.created).toBeLessThanOrEqual(payout.created);
      }
      // Nothing available before the previous payout is left for this one, unless it was
      // carried over a run whose total was not positive.
      const late = settled.filter((txn) => txn.available_on <= previous);
      if (late.length > 0) expect(sumNet(late)).toBeLessThanOrEqual(0);
      previous = payout.created;
    }
  });

  it('pays a refund made after a payout in the next one', async () => {
    const { stripe, accountId } = connectedAccount(sandbox, 400, 12);
    const charge = (await stripe.charges.list({ limit: 20 })).data.find(
      (item) => item.status === 'succeeded' && item.amount_refunded === 0 && !item.disputed,
    );
    if (charge === undefined) throw new Error('no refundable charge');
    const refund = sandbox.control.refundCharge(charge.id, { amount: 100 });
    sandbox.control.advanceClock(DAY);
    const [latest] = (await stripe.payouts.list({ limit: 1 })).data;
    if (latest === undefined) throw new Error('no payout');
    expect(latest.created).toBeGreaterThan(Number(refund.created));
    const entries = await entriesOf(stripe, latest.id);
    expect(entries.map((txn) => txn.source)).toContain(refund.id);
    expect(sandbox.control.account(accountId).payouts).toBeGreaterThan(0);
  });

  it('creates the payouts that fall due when the clock advances, with their events', async () => {
    const { stripe } = connectedAccount(sandbox, 2000, 13);
    const before = await stripe.payouts.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
    const pending = (await stripe.balance.retrieve()).pending[0]?.amount ?? 0;
    expect(pending).toBeGreaterThan(0);
    const since = sandbox.control.now();
    sandbox.control.advanceClock(3 * DAY);
    const after = await stripe.payouts.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
    const fresh = after.slice(0, after.length - before.length);
    expect(fresh).toHaveLength(3);
    expect(fresh.every((payout) => payout.created > since && payout.automatic)).toBe(true);
    const events = await stripe.events
      .list({ created: { gt: since }, limit: 100 })
      .autoPagingToArray({ limit: 1000 });
    const created = events.filter((event) => event.type === 'payout.created');
    expect(created.map((event) => event.data.object.id).sort()).toEqual(
      fresh.map((payout) => payout.id).sort(),
    );
    expect(created.every((event) => event.data.object.status === 'in_transit')).toBe(true);
    const arrived = events.filter((event) => ['payout.paid', 'payout.failed'].includes(event.type));
    expect(arrived.length).toBeGreaterThanOrEqual(2);
    // Generated charges end now: their funds become available at the next two midnights.
    expect(events.filter((event) => event.type === 'balance.available')).toHaveLength(2);
    // Each run took what had become available, and nothing happened since the last one.
    const balance = await stripe.balance.retrieve();
    expect(balance).toMatchObject({ object: 'balance', livemode: false });
    expect(balance.available[0]).toEqual({ amount: 0, currency: 'usd', source_types: { card: 0 } });
    expect(balance.pending[0]?.amount).toBe(0);
  });

  it('returns a failed payout’s funds with a payout_failure entry that a later payout settles', async () => {
    const { stripe } = connectedAccount(sandbox, 300, 14);
    sandbox.control.advanceClock(DAY);
    const [payout] = (await stripe.payouts.list({ limit: 1, status: 'in_transit' })).data;
    if (payout === undefined) throw new Error('no payout in transit');
    expect(sandbox.control.failPayout(payout.id, 'no_account')).toMatchObject({
      id: payout.id,
      status: 'in_transit',
    });
    sandbox.control.advanceClock(3 * DAY);
    const failed = await stripe.payouts.retrieve(payout.id);
    expect(failed).toMatchObject({ status: 'failed', failure_code: 'no_account' });
    expect(failed.failure_message).toMatch(/bank account/);
    const failure = await stripe.balanceTransactions.retrieve(
      idOf(failed.failure_balance_transaction),
    );
    expect(failure).toMatchObject({
      type: 'payout_failure',
      reporting_category: 'payout_reversal',
      amount: payout.amount,
      net: payout.amount,
      source: payout.id,
    });
    const later = await stripe.payouts.list({ created: { gt: failure.created }, limit: 100 });
    const holders = await Promise.all(
      later.data.map(async (item) => ({ item, entries: await entriesOf(stripe, item.id) })),
    );
    const holder = holders.filter(({ entries }) => entries.some((txn) => txn.id === failure.id));
    expect(holder).toHaveLength(1);
    const events = await stripe.events.list({ type: 'payout.failed' });
    expect(events.data.map((event) => (event.data.object as Stripe.Payout).id)).toContain(
      payout.id,
    );
    await expect(stripe.payouts.list({ status: 'failed' })).resolves.toMatchObject({
      data: expect.arrayContaining([expect.objectContaining({ id: payout.id })]) as unknown,
    });
    expect(() => sandbox.control.failPayout(payout.id)).toThrow(/in transit/);
  });

  it('has failed payouts in generated history', async () => {
    const { stripe } = connectedAccount(sandbox, 2000, 3);
    const failed = await stripe.payouts.list({ status: 'failed', limit: 100 });
    expect(failed.data.length).toBeGreaterThanOrEqual(1);
    for (const payout of failed.data) {
      const failure = await stripe.balanceTransactions.retrieve(
        idOf(payout.failure_balance_transaction),
      );
      expect(failure.amount).toBe(payout.amount);
    }
  });

  it('carries a negative balance into the next payout and pays nothing meanwhile', async () => {
    const account = sandbox.control.createAccount({});
    const stripe = stripeFor(sandbox, sandbox.control.connect(account.id).access_token);
    const first = sandbox.control.addCharge(account.id, { amount: 10_000 });
    sandbox.control.advanceClock(2 * DAY);
    const [p1] = (await stripe.payouts.list()).data;
    expect(p1?.amount).toBe(10_000 - 320);
    const refund = sandbox.control.refundCharge(String(first.id));
    sandbox.control.addCharge(account.id, { amount: 2_000 });
    sandbox.control.advanceClock(3 * DAY);
    expect((await stripe.payouts.list()).data).toHaveLength(1);
    expect((await stripe.balance.retrieve()).available[0]?.amount).toBe(-10_000 + 2_000 - 88);
    sandbox.control.addCharge(account.id, { amount: 20_000 });
    sandbox.control.advanceClock(2 * DAY);
    const payouts = (await stripe.payouts.list()).data;
    expect(payouts).toHaveLength(2);
    const p2 = payouts[0];
    if (p2 === undefined) throw new Error('no second payout');
    expect(p2.amount).toBe(-10_000 + (2_000 - 88) + (20_000 - 610));
    const entries = await entriesOf(stripe, p2.id);
    expect(entries.map((txn) => txn.source)).toContain(refund.id);
    expect((await stripe.balance.retrieve()).available[0]?.amount).toBe(0);
  });

  it('keeps the books: paid payouts equal their entries, the balance equals all entries', async () => {
    const { stripe } = connectedAccount(sandbox, 2500, 15);
    sandbox.control.advanceClock(DAY);
    const [transit] = (await stripe.payouts.list({ limit: 1 })).data;
    sandbox.control.failPayout(String(transit?.id), 'could_not_process');
    sandbox.control.advanceClock(4 * DAY);
    const txns = await stripe.balanceTransactions
      .list({ limit: 100 })
      .autoPagingToArray({ limit: 10_000 });
    const all = await payoutsWithEntries(stripe);
    const paidOut = new Set<string>();
    for (const { payout, entries } of all) {
      const settled = entries.filter((txn) => txn.type !== 'payout' || txn.source !== payout.id);
      if (payout.status === 'paid') {
        // The payout's own entry is minus its amount: with it, a payout's entries sum to zero.
        expect(payout.amount).toBe(sumNet(settled));
        expect(sumNet(entries)).toBe(0);
      }
      for (const txn of entries) paidOut.add(txn.id);
    }
    expect(all.some(({ payout }) => payout.status === 'failed')).toBe(true);
    const balance = await stripe.balance.retrieve();
    const available = balance.available[0]?.amount ?? 0;
    const pending = balance.pending[0]?.amount ?? 0;
    expect(sumNet(txns)).toBe(available + pending);
    expect(sumNet(txns.filter((txn) => txn.status === 'pending'))).toBe(pending);
    // What is available and in no payout yet is exactly the available balance.
    const unpaid = txns.filter((txn) => !paidOut.has(txn.id) && txn.status === 'available');
    expect(sumNet(unpaid)).toBe(available);
    expect(txns.filter((txn) => !paidOut.has(txn.id) && txn.type === 'payout')).toEqual([]);
  });

  it('answers the payout filter with Stripe’s errors for unknown payouts', async () => {
    const { stripe } = connectedAccount(sandbox, 50, 16);
    await expect(
      stripe.balanceTransactions.list({ payout: 'po_0000000000000000000000000' }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'resource_missing', param: 'payout' });
  });
});
