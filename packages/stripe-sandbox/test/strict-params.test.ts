import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_VERSION, type Sandbox } from '../src/index.js';
import { connectedAccount, rawGet, testSandbox } from './helpers.js';

describe('strict parameters', () => {
  let sandbox: Sandbox;
  let stripe: Stripe;
  let token: string;
  let charge: Stripe.Charge;

  beforeAll(async () => {
    sandbox = await testSandbox();
    const account = connectedAccount(sandbox, 200, 9);
    ({ stripe } = account);
    token = account.accessToken;
    [charge] = (await stripe.charges.list({ limit: 1 })).data as [Stripe.Charge];
  });
  afterAll(() => sandbox.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    rawGet(sandbox, path, { Authorization: `Bearer ${token}`, ...headers });

  it('refuses unknown parameters on single-object fetches with parameter_unknown', async () => {
    const refund = (await stripe.refunds.list({ limit: 1 })).data[0];
    const payout = (await stripe.payouts.list({ limit: 1 })).data[0];
    const dispute = (await stripe.disputes.list({ limit: 1 })).data[0];
    for (const path of [
      `/v1/charges/${charge.id}`,
      `/v1/refunds/${refund?.id}`,
      `/v1/payouts/${payout?.id}`,
      `/v1/disputes/${dispute?.id}`,
      `/v1/balance_transactions/${charge.balance_transaction as string}`,
      '/v1/balance',
      '/v1/account',
    ]) {
      const answer = await get(`${path}?limit=3`);
      expect(answer, path).toMatchObject({
        status: 400,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'parameter_unknown',
            param: 'limit',
            message: 'Received unknown parameter: limit',
          },
        },
      });
      expect((await get(path)).status, path).toBe(200);
    }
    await expect(
      stripe.charges.retrieve(charge.id, { expand: ['balance_transaction'] }),
    ).resolves.toMatchObject({ id: charge.id });
  });

  it('refuses unknown created[...] keys and accepts the four Stripe knows', async () => {
    const answer = await get('/v1/charges?created[since]=0');
    expect(answer).toMatchObject({
      status: 400,
      body: { error: { code: 'parameter_unknown', param: 'created[since]' } },
    });
    for (const op of ['gt', 'gte', 'lt', 'lte'])
      expect((await get(`/v1/events?created[${op}]=1`)).status).toBe(200);
    expect((await get('/v1/disputes?created[after]=1')).status).toBe(400);
  });

  it('refuses more than 20 types[] on the events list', async () => {
    const types = Array.from({ length: 21 }, (_, i) => `charge.type${i}`);
    await expect(stripe.events.list({ types })).rejects.toMatchObject({
      statusCode: 400,
      param: 'types',
    });
    await expect(stripe.events.list({ types: types.slice(0, 20) })).resolves.toMatchObject({
      object: 'list',
    });
  });

  it('refuses an unknown Stripe-Version and accepts released ones', async () => {
    const bad = await get('/v1/charges', { 'Stripe-Version': '2025-09-30.acacia' });
    expect(bad).toMatchObject({
      status: 400,
      body: {
        error: {
          type: 'invalid_request_error',
          message: 'Invalid Stripe API version: 2025-09-30.acacia',
        },
      },
    });
    expect((await get('/v1/charges', { 'Stripe-Version': API_VERSION })).status).toBe(200);
    expect((await get('/v1/charges', { 'Stripe-Version': '2024-06-20' })).status).toBe(200);
    expect((await get('/v1/charges')).status).toBe(200);
  });

  it('renders the fields the current version declares nullable as null', async () => {
    const charges = (await stripe.charges.list({ limit: 100 })).data;
    for (const item of charges) {
      expect(item.payment_method_details?.card).toMatchObject({
        transaction_link_id: null,
        electronic_commerce_indicator: null,
      });
    }
    const refund = (await stripe.refunds.list({ limit: 1 })).data[0];
    expect(refund).toHaveProperty('customer_account', null);
    const dispute = (await stripe.disputes.list({ limit: 1 })).data[0];
    expect(dispute).toHaveProperty('intended_submission_method', null);
    expect(dispute?.evidence).toHaveProperty('access_activity_log', null);
  });
});
