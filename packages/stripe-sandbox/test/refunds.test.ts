import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { connectedAccount, emptyAccount, testSandbox } from './helpers.js';

const DAY = 86_400;
const START = Date.UTC(2026, 5, 10, 12) / 1000;

describe('refunds through the API', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await testSandbox({ startTime: START });
  });
  afterAll(() => sandbox.close());

  it('refund partially then fully, with Stripe’s refusals beyond that', async () => {
    const { accountId, stripe } = emptyAccount(sandbox);
    const charge = sandbox.control.addCharge(accountId, { amount: 5000 });
    const chargeId = String(charge.id);
    const partial = await stripe.refunds.create({
      charge: chargeId,
      amount: 1200,
      reason: 'requested_by_customer',
    });
    expect(partial).toMatchObject({
      object: 'refund',
      amount: 1200,
      charge: chargeId,
      status: 'succeeded',
      reason: 'requested_by_customer',
      customer_account: null,
      destination_details: { type: 'card', card: { reference_status: 'pending' } },
    });
    await expect(stripe.refunds.create({ charge: chargeId, amount: 4000 })).rejects.toMatchObject({
      statusCode: 400,
      param: 'amount',
      message: 'Refund amount (40.00 USD) is greater than unrefunded amount on charge (38.00 USD)',
    });
    const rest = await stripe.refunds.create({ payment_intent: String(charge.payment_intent) });
    expect(rest.amount).toBe(3800);
    await expect(stripe.refunds.create({ charge: chargeId })).rejects.toMatchObject({
      statusCode: 400,
      code: 'charge_already_refunded',
    });
    await expect(stripe.charges.retrieve(chargeId)).resolves.toMatchObject({
      amount_refunded: 5000,
      refunded: true,
    });
    await expect(stripe.refunds.create({})).rejects.toMatchObject({ statusCode: 400 });
    await expect(
      stripe.refunds.create({ charge: chargeId, bogus: 1 } as Stripe.RefundCreateParams),
    ).rejects.toMatchObject({ statusCode: 400, code: 'parameter_unknown', param: 'bogus' });
  });

  it('answers a repeated Idempotency-Key with the first refund', async () => {
    const { accountId, stripe } = emptyAccount(sandbox);
    const charge = String(sandbox.control.addCharge(accountId, { amount: 3000 }).id);
    const first = await stripe.refunds.create({ charge, amount: 500 }, { idempotencyKey: 'k1' });
    const again = await stripe.refunds.create({ charge, amount: 500 }, { idempotencyKey: 'k1' });
    expect(again.id).toBe(first.id);
    expect((await stripe.refunds.list({ charge })).data).toHaveLength(1);
    await expect(
      stripe.refunds.create({ charge, amount: 600 }, { idempotencyKey: 'k1' }),
    ).rejects.toMatchObject({ statusCode: 400, type: 'StripeIdempotencyError' });
  });

  it('record refund.created and charge.refunded, then the reference’s charge.refund.updated and refund.updated', async () => {
    const { accountId, stripe } = emptyAccount(sandbox);
    const since = sandbox.control.now() - 1;
    const charge = String(sandbox.control.addCharge(accountId, { amount: 4200 }).id);
    const refund = await stripe.refunds.create({ charge, amount: 2000 });
    const types = async () =>
      (await stripe.events.list({ created: { gt: since }, limit: 100 })).data
        .filter((event) => event.type.includes('refund'))
        .map((event) => event.type)
        .reverse();
    expect(await types()).toEqual(['charge.refunded', 'refund.created']);
    sandbox.control.advanceClock(2 * DAY);
    expect(await types()).toEqual([
      'charge.refunded',
      'refund.created',
      'charge.refund.updated',
      'refund.updated',
    ]);
    const [updated] = (await stripe.events.list({ type: 'refund.updated', limit: 1 })).data;
    expect(updated?.data.object).toMatchObject({
      id: refund.id,
      destination_details: {
        card: {
          reference_status: 'available',
          reference: expect.stringMatching(/^\d{23}$/) as unknown,
        },
      },
    });
    expect(updated?.data.previous_attributes).toEqual({
      destination_details: { card: { reference: null, reference_status: 'pending' } },
    });
    const now = await stripe.refunds.retrieve(refund.id);
    expect(now.destination_details?.card?.reference_status).toBe('available');
  });

  it('gives generated refunds their events, partial and full', async () => {
    const { stripe } = connectedAccount(sandbox, 3000, 41);
    const now = sandbox.control.now();
    const refunds = await stripe.refunds.list({ limit: 100 }).autoPagingToArray({ limit: 1000 });
    const recent = refunds.filter((refund) => refund.created >= now - 30 * DAY);
    const created = await stripe.events
      .list({ type: 'refund.created', limit: 100 })
      .autoPagingToArray({ limit: 1000 });
    expect(created.map((event) => (event.data.object as Stripe.Refund).id).sort()).toEqual(
      recent.map((refund) => refund.id).sort(),
    );
    const refunded = await stripe.events
      .list({ type: 'charge.refunded', limit: 100 })
      .autoPagingToArray({ limit: 1000 });
    expect(refunded).toHaveLength(recent.length);
    const objects = refunded.map((event) => event.data.object as Stripe.Charge);
    expect(objects.some((charge) => charge.refunded)).toBe(true);
    expect(objects.some((charge) => !charge.refunded && charge.amount_refunded > 0)).toBe(true);
    const updated = await stripe.events
      .list({ type: 'charge.refund.updated', limit: 100 })
      .autoPagingToArray({ limit: 1000 });
    expect(updated.length).toBeGreaterThan(0);
    expect(updated.length).toBeLessThanOrEqual(recent.length + 2);
  });
});
