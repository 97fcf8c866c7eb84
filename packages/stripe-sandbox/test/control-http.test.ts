import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { stripeFor, testSandbox } from './helpers.js';

describe('the HTTP control API', () => {
  let sandbox: Sandbox;
  const call = async (
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: Record<string, unknown> }> => {
    const response = await fetch(`${sandbox.url}/_sandbox${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    sandbox = await testSandbox();
  });
  afterAll(() => sandbox.close());

  it('creates a platform and an account, connects it, and drives charges', async () => {
    const platform = await call('POST', '/platforms', { name: 'Second platform' });
    expect(platform.status).toBe(200);
    expect(platform.json.clientId).toMatch(/^ca_/);
    const account = await call('POST', '/accounts', { charges: 12, currency: 'eur', seed: 5 });
    expect(account.json).toMatchObject({ charges: 12, currency: 'eur' });
    const accountId = String(account.json.id);
    const tokens = await call('POST', `/accounts/${accountId}/connect`, {
      clientId: platform.json.clientId,
    });
    const stripe = stripeFor(sandbox, String(tokens.json.access_token));

    const added = await call('POST', `/accounts/${accountId}/charges`, {
      amount: 1234,
      currency: 'jpy',
      description: 'Bike rental',
    });
    expect(added.json).toMatchObject({ object: 'charge', amount: 1234, currency: 'jpy' });
    const chargeId = String(added.json.id);
    expect((await stripe.charges.list({ limit: 1 })).data[0]?.id).toBe(chargeId);

    const refund = await call('POST', `/charges/${chargeId}/refund`, { amount: 234 });
    expect(refund.json).toMatchObject({ object: 'refund', amount: 234, charge: chargeId });
    await call('POST', `/charges/${chargeId}`, { description: 'Bike rental (2 days)' });
    const dispute = await call('POST', `/charges/${chargeId}/dispute`, { reason: 'fraudulent' });
    expect(dispute.json).toMatchObject({ object: 'dispute', reason: 'fraudulent' });
    expect(await stripe.charges.retrieve(chargeId)).toMatchObject({
      amount_refunded: 234,
      disputed: true,
      description: 'Bike rental (2 days)',
    });

    const platformStripe = new Stripe(String(platform.json.secretKey), {
      host: '127.0.0.1',
      port: sandbox.port,
      protocol: 'http',
      telemetry: false,
    });
    await platformStripe.oauth.deauthorize({
      client_id: String(platform.json.clientId),
      stripe_user_id: accountId,
    });
    await expect(stripe.charges.list()).rejects.toMatchObject({ statusCode: 401 });
  });

  it('reads counters and the log, advances the clock and sets faults', async () => {
    const account = await call('POST', '/accounts', { charges: 3 });
    const accountId = String(account.json.id);
    const tokens = await call('POST', `/accounts/${accountId}/connect`, {});
    const stripe = stripeFor(sandbox, String(tokens.json.access_token));
    await stripe.charges.list();
    expect((await call('GET', `/requests?account=${accountId}`)).json).toEqual({
      total: 1,
      byRoute: { 'GET /v1/charges': 1 },
    });
    expect((await call('GET', `/requests/log?account=${accountId}`)).json.data).toHaveLength(1);
    await call('DELETE', '/requests');
    expect((await call('GET', `/requests?account=${accountId}`)).json).toEqual({
      total: 0,
      byRoute: {},
    });

    const before = Number((await call('GET', '/clock')).json.now);
    expect(
      Number((await call('POST', '/clock/advance', { seconds: 3600 })).json.now),
    ).toBeGreaterThanOrEqual(before + 3600);

    await call('PUT', '/faults', { account: accountId, serverErrorShare: 1 });
    await expect(stripe.charges.list()).rejects.toMatchObject({ statusCode: 500 });
    await call('DELETE', `/faults?account=${accountId}`);
    await expect(stripe.charges.list()).resolves.toMatchObject({ object: 'list' });
  });

  it('refuses bad input with 400 and unknown objects with 404, never a Stripe-shaped error', async () => {
    const bad = await call('POST', '/accounts', { charges: -1 });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: { message: 'Invalid control request' } });
    const missing = await call('POST', '/charges/ch_missing/refund', {});
    expect(missing.status).toBe(404);
    expect((await call('GET', '/nowhere')).status).toBe(404);
  });

  it('keeps Stripe’s own paths answering like Stripe', async () => {
    const response = await fetch(`${sandbox.url}/v1/customers`, {
      headers: { Authorization: 'Bearer x' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: {
        type: 'invalid_request_error',
        message: expect.stringContaining(
          'Unrecognized request URL (GET: /v1/customers)',
        ) as unknown,
      },
    });
  });
});
