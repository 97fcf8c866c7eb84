import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SECRET_KEY, type Sandbox } from '../src/index.js';
import { connectedAccount, rawGet, stripeFor, testSandbox } from './helpers.js';

describe('authentication and rate limits', () => {
  let sandbox: Sandbox;
  let accountId: string;
  let accessToken: string;

  beforeAll(async () => {
    sandbox = await testSandbox();
    ({ accountId, accessToken } = connectedAccount(sandbox, 30));
  });
  afterAll(() => sandbox.close());

  it('answers a wrong key with Stripe’s 401, the key masked', async () => {
    const wrong = 'sk_test_51WrongKeyWrongKeyWrongKey9876';
    const raw = await rawGet(sandbox, '/v1/charges', { Authorization: `Bearer ${wrong}` });
    expect(raw.status).toBe(401);
    expect(raw.body).toEqual({
      error: {
        type: 'invalid_request_error',
        message: `Invalid API Key provided: sk_test_${'*'.repeat(wrong.length - 12)}9876`,
      },
    });
    expect(raw.headers.get('request-id')).toMatch(/^req_[0-9A-Za-z]{14}$/);
    expect(raw.headers.get('www-authenticate')).toBe('Basic realm="Stripe"');
    const error = await stripeFor(sandbox, wrong)
      .charges.list()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'StripeAuthenticationError', statusCode: 401 });
    expect(JSON.stringify(error)).not.toContain('WrongKeyWrongKey');
  });

  it('answers a missing or empty key with Stripe’s 401', async () => {
    const empty = await rawGet(sandbox, '/v1/charges', { Authorization: 'Bearer ' });
    expect(empty.status).toBe(401);
    expect(JSON.stringify(empty.body)).toContain('You did not provide an API key');
    const raw = await rawGet(sandbox, '/v1/charges');
    expect(raw.status).toBe(401);
    expect(raw.body).toMatchObject({
      error: {
        type: 'invalid_request_error',
        message: expect.stringMatching(/^You did not provide an API key/) as unknown,
      },
    });
  });

  it('accepts the platform key with Stripe-Account, and refuses accounts not connected to it', async () => {
    const platform = stripeFor(sandbox, DEMO_SECRET_KEY);
    const page = await platform.charges.list({ limit: 5 }, { stripeAccount: accountId });
    expect(page.data).toHaveLength(5);
    const other = sandbox.control.createAccount({ charges: 1 });
    const error = await platform.charges
      .list({}, { stripeAccount: other.id })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      statusCode: 403,
      code: 'account_invalid',
      type: 'StripePermissionError',
    });
    const own = await platform.charges.list();
    expect(own.data).toEqual([]);
  });

  it('accepts Basic auth with the key as user name, as Stripe does', async () => {
    const basic = Buffer.from(`${accessToken}:`).toString('base64');
    const raw = await rawGet(sandbox, '/v1/charges?limit=1', { Authorization: `Basic ${basic}` });
    expect(raw.status).toBe(200);
  });

  it('answers Stripe’s 429 over the per-account budget, and only for that account', async () => {
    const limited = await testSandbox({ rateLimits: { test: 5 } });
    try {
      const first = connectedAccount(limited, 3);
      const second = connectedAccount(limited, 3, 8);
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () =>
          first.stripe.charges.list({ limit: 1 }).then(
            () => 200,
            (e: { statusCode?: number }) => e.statusCode,
          ),
        ),
      );
      // The budget refills continuously: a slow machine may earn one more request during the burst.
      expect(outcomes.filter((status) => status === 200).length).toBeGreaterThanOrEqual(5);
      expect(outcomes.filter((status) => status === 200).length).toBeLessThanOrEqual(6);
      expect(outcomes.filter((status) => status === 429).length).toBe(
        8 - outcomes.filter((s) => s === 200).length,
      );
      await expect(second.stripe.charges.list({ limit: 1 })).resolves.toMatchObject({
        object: 'list',
      });
      const raw = await rawGet(limited, '/v1/charges', {
        Authorization: `Bearer ${first.accessToken}`,
      });
      expect(raw.status).toBe(429);
      expect(raw.body).toEqual({
        error: {
          type: 'invalid_request_error',
          code: 'rate_limit',
          message:
            'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.',
          doc_url: 'https://stripe.com/docs/error-codes/rate-limit',
        },
      });
      const error = await first.stripe.charges.list().catch((e: unknown) => e);
      expect(error).toMatchObject({
        type: 'StripeRateLimitError',
        statusCode: 429,
        code: 'rate_limit',
      });
    } finally {
      await limited.close();
    }
  });

  it('counts live-mode accounts against the live budget', async () => {
    const limited = await testSandbox({ rateLimits: { test: 2, live: 6 } });
    try {
      const live = limited.control.createAccount({ charges: 2, livemode: true });
      const stripe = stripeFor(limited, limited.control.connect(live.id).access_token);
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () =>
          stripe.charges.list({ limit: 1 }).then(
            () => 200,
            (e: { statusCode?: number }) => e.statusCode,
          ),
        ),
      );
      expect(outcomes.filter((status) => status === 200).length).toBeGreaterThanOrEqual(6);
      expect(outcomes.filter((status) => status === 200).length).toBeLessThanOrEqual(7);
    } finally {
      await limited.close();
    }
  });
});
