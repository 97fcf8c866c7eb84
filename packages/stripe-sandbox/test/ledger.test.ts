import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { connectedAccount, testSandbox } from './helpers.js';

/** The id of an expandable field as listed (never expanded here). */
const idOf = (field: string | { id: string } | null): string =>
  typeof field === 'string' ? field : (field?.id ?? '');

describe('refunds, balance transactions, payouts and events', () => {
  let sandbox: Sandbox;
  let stripe: Stripe;
  let charges: Stripe.Charge[];
  let txns: Stripe.BalanceTransaction[];
  let refunds: Stripe.Refund[];

  beforeAll(async () => {
    sandbox = await testSandbox();
    ({ stripe } = connectedAccount(sandbox, 2000, 3));
    charges = await stripe.charges.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    txns = await stripe.balanceTransactions
      .list({ limit: 100 })
      .autoPagingToArray({ limit: 10_000 });
    refunds = await stripe.refunds.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
  });
  afterAll(() => sandbox.close());

  it('has a balance transaction per succeeded charge: amount in usd, fee, net = amount − fee', () => {
    const byId = new Map(txns.map((txn) => [txn.id, txn]));
    for (const charge of charges) {
      if (charge.status !== 'succeeded') {
        expect(charge.balance_transaction).toBeNull();
        continue;
      }
      const txn = byId.get(idOf(charge.balance_transaction));
      expect(txn).toMatchObject({
        source: charge.id,
        type: 'charge',
        reporting_category: 'charge',
        currency: 'usd',
      });
      if (txn === undefined) continue;
      expect(txn.net).toBe(txn.amount - txn.fee);
      expect(txn.fee_details.reduce((sum, fee) => sum + fee.amount, 0)).toBe(txn.fee);
      if (charge.currency === 'usd') {
        expect(txn.amount).toBe(charge.amount);
        expect(txn.exchange_rate).toBeNull();
      } else {
        expect(txn.exchange_rate).toBeGreaterThan(0);
      }
    }
  });

  it('sums each charge’s refunds to its amount_refunded, with refund balance transactions', () => {
    const refunded = new Map<string, number>();
    for (const refund of refunds)
      refunded.set(idOf(refund.charge), (refunded.get(idOf(refund.charge)) ?? 0) + refund.amount);
    for (const charge of charges) expect(charge.amount_refunded).toBe(refunded.get(charge.id) ?? 0);
    expect(charges.some((charge) => charge.refunded)).toBe(true);
    expect(charges.some((charge) => charge.amount_refunded > 0 && !charge.refunded)).toBe(true);
    const refundTxns = txns.filter((txn) => txn.type === 'refund');
    expect(refundTxns).toHaveLength(refunds.length);
    expect(refundTxns.every((txn) => txn.amount < 0 && txn.reporting_category === 'refund')).toBe(
      true,
    );
  });

  it('filters refunds by charge', async () => {
    const refund = refunds[0];
    if (refund === undefined) throw new Error('no refunds generated');
    const forCharge = await stripe.refunds.list({ charge: idOf(refund.charge) });
    expect(forCharge.data.map((item) => item.id)).toContain(refund.id);
    expect(forCharge.data.every((item) => item.charge === refund.charge)).toBe(true);
  });

  it('has one payout entry per payout, of minus its amount', async () => {
    const payouts = await stripe.payouts.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
    expect(payouts.length).toBeGreaterThan(30);
    const payoutTxns = txns.filter((txn) => txn.type === 'payout');
    expect(payoutTxns).toHaveLength(payouts.length);
    for (const payout of payouts) {
      const txn = payoutTxns.find((item) => item.source === payout.id);
      expect(txn?.amount).toBe(-payout.amount);
      expect(txn?.id).toBe(payout.balance_transaction);
    }
  });

  it('records disputes as adjustments with Stripe’s dispute fee', () => {
    const disputed = charges.filter((charge) => charge.disputed);
    expect(disputed.length).toBeGreaterThanOrEqual(1);
    const adjustments = txns.filter((txn) => txn.reporting_category === 'dispute');
    expect(adjustments).toHaveLength(disputed.length);
    expect(
      adjustments.every((txn) => txn.type === 'adjustment' && txn.fee === 1500 && txn.amount < 0),
    ).toBe(true);
  });

  it('lists events of the last 30 days, filtered by type, types[] and created', async () => {
    const events = await stripe.events
      .list({ type: 'charge.*', limit: 100 })
      .autoPagingToArray({ limit: 10_000 });
    const now = sandbox.control.now();
    expect(events.length).toBeGreaterThan(100);
    expect(events.every((event) => event.created >= now - 30 * 86_400)).toBe(true);
    const monthOld = charges.filter((charge) => charge.created >= now - 30 * 86_400);
    const created = events.filter((event) =>
      ['charge.succeeded', 'charge.failed'].includes(event.type),
    );
    expect(created).toHaveLength(monthOld.length);
    const failed = await stripe.events
      .list({ type: 'charge.failed', limit: 100 })
      .autoPagingToArray({ limit: 10_000 });
    expect(failed.length).toBe(monthOld.filter((charge) => charge.status === 'failed').length);
    expect(failed.every((event) => (event.data.object as Stripe.Charge).status === 'failed')).toBe(
      true,
    );
    const both = await stripe.events
      .list({ types: ['charge.failed', 'charge.succeeded'], limit: 100 })
      .autoPagingToArray({ limit: 10_000 });
    expect(both).toHaveLength(created.length);
    const all = await stripe.events.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    expect(all.length).toBeGreaterThan(events.length);
    expect(all.filter((event) => event.type.startsWith('charge.'))).toHaveLength(events.length);
    const cutoff = events[50]?.created ?? 0;
    const recent = await stripe.events
      .list({ created: { gt: cutoff }, type: 'charge.*', limit: 100 })
      .autoPagingToArray({ limit: 10_000 });
    expect(recent.every((event) => event.created > cutoff)).toBe(true);
    expect(recent).toHaveLength(events.filter((event) => event.created > cutoff).length);
  });

  it('shows a generated event’s charge as it was when created', async () => {
    const refundedLately = charges.find(
      (charge) =>
        charge.amount_refunded > 0 && charge.created > sandbox.control.now() - 20 * 86_400,
    );
    if (refundedLately === undefined) throw new Error('fixture has no recent refund');
    const events = await stripe.events.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    const about = events.filter(
      (event) => (event.data.object as Stripe.Charge).id === refundedLately.id,
    );
    const created = about.find((event) => event.type === 'charge.succeeded');
    expect(created?.data.object).toMatchObject({ amount_refunded: 0, refunded: false });
    const refunded = about.filter((event) => event.type === 'charge.refunded');
    expect(refunded.length).toBeGreaterThanOrEqual(1);
    expect(refunded[0]?.data.object).toMatchObject({
      amount_refunded: refundedLately.amount_refunded,
      refunded: refundedLately.refunded,
    });
  });

  it('drops events older than 30 days of sandbox time', async () => {
    const event = (await stripe.events.list({ limit: 1 })).data[0];
    if (event === undefined) throw new Error('no events');
    await expect(stripe.events.retrieve(event.id)).resolves.toMatchObject({ id: event.id });
    const before = sandbox.control.now();
    sandbox.control.advanceClock(31 * 86_400);
    const left = await stripe.events.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    // Only what happened since (the payout schedule kept running) is still listed.
    expect(left.every((event) => event.created > before)).toBe(true);
    const scheduled = ['balance.available', 'charge.refund.updated', 'refund.updated'];
    expect(
      left.every((event) => event.type.startsWith('payout.') || scheduled.includes(event.type)),
    ).toBe(true);
    await expect(stripe.events.retrieve(event.id)).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
  });
});
