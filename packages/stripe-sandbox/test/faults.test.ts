import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import type { Sandbox } from '../src/index.js';
import { connectedAccount, stripeFor, testSandbox } from './helpers.js';

describe('faults and request accounting', () => {
  let sandbox: Sandbox;
  let stripe: Stripe;
  let accountId: string;
  let accessToken: string;
  let other: Stripe;

  beforeAll(async () => {
    sandbox = await testSandbox();
    ({ stripe, accountId, accessToken } = connectedAccount(sandbox, 50));
    ({ stripe: other } = connectedAccount(sandbox, 50, 9));
  });
  afterEach(() => sandbox.control.clearFaults());
  afterAll(() => sandbox.close());

  it('counts requests per account and route, and logs them with masked keys', async () => {
    sandbox.control.resetRequests();
    await stripe.charges.list({ limit: 100 });
    expect(sandbox.control.requestCounts(accountId)).toEqual({
      total: 1,
      byRoute: { 'GET /v1/charges': 1 },
    });
    const first = (await stripe.charges.list({ limit: 1 })).data[0];
    await stripe.charges.retrieve(String(first?.id));
    expect(sandbox.control.requestCounts(accountId)).toEqual({
      total: 3,
      byRoute: { 'GET /v1/charges': 2, 'GET /v1/charges/:id': 1 },
    });
    const [entry] = sandbox.control.requestLog({ account: accountId, limit: 1 });
    expect(entry).toMatchObject({
      method: 'GET',
      status: 200,
      account: accountId,
      route: 'GET /v1/charges/:id',
    });
    expect(entry?.requestId).toMatch(/^req_/);
    expect(entry?.maskedKey).toMatch(/^sk_test_\*+.{4}$/);
    sandbox.control.resetRequests();
    expect(sandbox.control.requestCounts(accountId).total).toBe(0);
  });

  it('answers 500 api_error when switched on, for that account only', async () => {
    sandbox.control.setFaults({ serverErrorShare: 1 }, accountId);
    await expect(stripe.charges.list()).rejects.toMatchObject({
      type: 'StripeAPIError',
      statusCode: 500,
    });
    await expect(other.charges.list()).resolves.toMatchObject({ object: 'list' });
    sandbox.control.clearFaults(accountId);
    await expect(stripe.charges.list()).resolves.toMatchObject({ object: 'list' });
  });

  it('answers a share of 429s', async () => {
    sandbox.control.setFaults({ rateLimitShare: 0.5 });
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, () =>
        stripe.charges.list({ limit: 1 }).then(
          () => 200,
          (e: { statusCode?: number }) => e.statusCode,
        ),
      ),
    );
    const limited = outcomes.filter((status) => status === 429).length;
    expect(limited).toBeGreaterThan(10);
    expect(limited).toBeLessThan(50);
    expect(outcomes.every((status) => status === 200 || status === 429)).toBe(true);
  });

  it('drops connections, which the SDK reports as connection errors', async () => {
    sandbox.control.setFaults({ dropShare: 1 });
    await expect(stripe.charges.list()).rejects.toMatchObject({ type: 'StripeConnectionError' });
    expect(sandbox.control.requestLog({ account: accountId, limit: 1 })[0]).toMatchObject({
      status: 0,
      fault: 'drop',
    });
  });

  it('adds latency', async () => {
    sandbox.control.setFaults({ latencyMs: 120 }, accountId);
    await stripe.charges.list({ limit: 1 });
    expect(
      sandbox.control.requestLog({ account: accountId, limit: 1 })[0]?.durationMs,
    ).toBeGreaterThanOrEqual(110);
  });

  it('answers 500s the SDK retries when configured to, as it retries Stripe’s', async () => {
    sandbox.control.setFaults({ serverErrorShare: 1 }, accountId);
    sandbox.control.resetRequests();
    const retrying = stripeFor(sandbox, accessToken, { maxNetworkRetries: 1 });
    await expect(retrying.charges.list()).rejects.toMatchObject({ statusCode: 500 });
    expect(sandbox.control.requestCounts(accountId).total).toBe(2);
  });
});
