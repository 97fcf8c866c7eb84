import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { connectedAccount, testSandbox } from './helpers.js';

/** Stripe's order: newest first; within one second, the later-created (greater id) first. */
function inStripeOrder(charges: Stripe.Charge[]): boolean {
  return charges.every((charge, i) => {
    const next = charges[i + 1];
    return (
      next === undefined ||
      charge.created > next.created ||
      (charge.created === next.created && charge.id > next.id)
    );
  });
}

describe('charges pagination through the stripe SDK', () => {
  let sandbox: Sandbox;
  let stripe: Stripe;
  let all: Stripe.Charge[];

  beforeAll(async () => {
    sandbox = await testSandbox();
    ({ stripe } = connectedAccount(sandbox, 1234));
    all = await stripe.charges.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
  });
  afterAll(() => sandbox.close());

  it('returns every charge exactly once, newest first, stable across same-second ties', () => {
    expect(all).toHaveLength(1234);
    expect(new Set(all.map((charge) => charge.id)).size).toBe(1234);
    expect(inStripeOrder(all)).toBe(true);
    const ties = all.filter((charge, i) => all[i + 1]?.created === charge.created);
    expect(ties.length).toBeGreaterThan(20);
  });

  it('gives the same pages for every page size', async () => {
    const bySeven = await stripe.charges.list({ limit: 7 }).autoPagingToArray({ limit: 10_000 });
    expect(bySeven.map((charge) => charge.id)).toEqual(all.map((charge) => charge.id));
  });

  it('pages backwards with ending_before', async () => {
    const pivot = all[500];
    if (pivot === undefined) throw new Error('fixture too small');
    const newer = await stripe.charges
      .list({ limit: 100, ending_before: pivot.id })
      .autoPagingToArray({ limit: 10_000 });
    expect(newer.map((charge) => charge.id)).toEqual(
      all
        .slice(0, 500)
        .map((charge) => charge.id)
        .reverse(),
    );
    const page = await stripe.charges.list({ limit: 3, ending_before: pivot.id });
    expect(page.data.map((charge) => charge.id)).toEqual(
      all.slice(497, 500).map((charge) => charge.id),
    );
    expect(page.has_more).toBe(true);
  });

  it('filters by created[gt|gte|lt|lte] and exact created', async () => {
    const middle = all[600]?.created ?? 0;
    const later = all[200]?.created ?? 0;
    const cases: [Stripe.RangeQueryParam, (created: number) => boolean][] = [
      [{ gte: middle }, (c) => c >= middle],
      [{ gt: middle }, (c) => c > middle],
      [{ lt: middle }, (c) => c < middle],
      [{ lte: middle }, (c) => c <= middle],
      [{ gte: middle, lt: later }, (c) => c >= middle && c < later],
    ];
    for (const [created, keep] of cases) {
      const got = await stripe.charges
        .list({ limit: 100, created })
        .autoPagingToArray({ limit: 10_000 });
      expect(got.map((charge) => charge.id)).toEqual(
        all.filter((charge) => keep(charge.created)).map((charge) => charge.id),
      );
    }
    const exact = await stripe.charges.list({ created: middle, limit: 100 });
    expect(exact.data.every((charge) => charge.created === middle)).toBe(true);
    expect(exact.data.length).toBe(all.filter((charge) => charge.created === middle).length);
  });

  it('answers a list in Stripe’s shape', async () => {
    const page = await stripe.charges.list();
    expect(page.object).toBe('list');
    expect(page.url).toBe('/v1/charges');
    expect(page.data).toHaveLength(10);
    expect(page.has_more).toBe(true);
    expect(page.data[0]).toEqual(all[0]);
  });

  it('refuses limits outside 1..100 and unknown cursors as Stripe does', async () => {
    for (const limit of [0, 101]) {
      const error = await stripe.charges.list({ limit }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        type: 'StripeInvalidRequestError',
        statusCode: 400,
        param: 'limit',
        message: 'Invalid limit: must be between 1 and 100',
      });
    }
    const error = await stripe.charges.list({ starting_after: 'ch_nope' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'resource_missing',
      param: 'starting_after',
    });
  });

  it('retrieves a charge, and answers 404 resource_missing for an unknown one', async () => {
    const first = all[0];
    if (first === undefined) throw new Error('no charges');
    expect(await stripe.charges.retrieve(first.id)).toEqual(first);
    const error = await stripe.charges
      .retrieve('ch_0000000000000000000000000')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      param: 'id',
      message: "No such charge: 'ch_0000000000000000000000000'",
    });
  });

  it('expands balance_transaction on request, and refuses other expansions', async () => {
    const page = await stripe.charges.list({ limit: 20, expand: ['data.balance_transaction'] });
    const paid = page.data.filter((charge) => charge.status === 'succeeded');
    expect(paid.length).toBeGreaterThan(0);
    for (const charge of paid) {
      const txn = charge.balance_transaction as Stripe.BalanceTransaction;
      expect(txn).toMatchObject({
        object: 'balance_transaction',
        source: charge.id,
        type: 'charge',
      });
      expect(txn.net).toBe(txn.amount - txn.fee);
    }
    const one = await stripe.charges.retrieve(paid[0]?.id ?? '', {
      expand: ['balance_transaction'],
    });
    expect(one.balance_transaction).toEqual(paid[0]?.balance_transaction);
    const error = await stripe.charges.list({ expand: ['data.customer'] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 400, param: 'expand' });
  });

  it('keeps a pass exact while charges are created during it', async () => {
    const { stripe: busy, accountId } = connectedAccount(sandbox, 300, 11);
    const before = await busy.charges.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    sandbox.control.setFaults({ chargesWhilePaging: 2 }, accountId);
    const during = await busy.charges.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    sandbox.control.clearFaults(accountId);
    const ids = during.map((charge) => charge.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(-300)).toEqual(before.map((charge) => charge.id));
    const after = await busy.charges.list({ limit: 100 }).autoPagingToArray({ limit: 10_000 });
    expect(after.length).toBeGreaterThan(during.length);
  });
});
