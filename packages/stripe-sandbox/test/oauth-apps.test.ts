import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID, DEMO_SECRET_KEY, type Sandbox } from '../src/index.js';
import { stripeFor, testSandbox } from './helpers.js';

interface AppsToken {
  access_token: string;
  refresh_token: string;
  stripe_user_id: string;
  expires_in: number;
  token_type: string;
}

const REDIRECT = 'http://localhost:8000/api/integrations/stripe/callback';

describe('Stripe Apps OAuth 2.0', () => {
  let sandbox: Sandbox;
  let platform: Stripe;
  const token = async (params: Record<string, string>): Promise<AppsToken> => {
    const response: unknown = await platform.rawRequest('POST', '/v1/oauth/token', params);
    return response as AppsToken;
  };

  beforeAll(async () => {
    sandbox = await testSandbox({ appsTokenLifetimeSeconds: 600 });
    platform = stripeFor(sandbox, DEMO_SECRET_KEY);
  });
  afterAll(() => sandbox.close());

  it('installs through the v2 authorize page and exchanges the code at /v1/oauth/token', async () => {
    const params = new URLSearchParams({
      client_id: DEMO_CLIENT_ID,
      redirect_uri: REDIRECT,
      state: 'abc',
      auto_approve: '1',
    });
    const response = await fetch(`${sandbox.url}/oauth/v2/authorize?${params.toString()}`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('state')).toBe('abc');
    const code = location.searchParams.get('code') ?? '';
    const tokens = await token({ grant_type: 'authorization_code', code });
    expect(tokens).toMatchObject({ token_type: 'bearer', expires_in: 600 });
    const page = await stripeFor(sandbox, tokens.access_token).charges.list({ limit: 100 });
    expect(page.data.length).toBeGreaterThan(0);
    const connectCode = await platform.oauth
      .token({ grant_type: 'authorization_code', code })
      .catch((e: unknown) => e);
    expect(connectCode).toMatchObject({ type: 'StripeInvalidGrantError' });
  });

  it('expires access tokens after the configured lifetime with Stripe’s 401', async () => {
    const account = sandbox.control.createAccount({ charges: 3 });
    const tokens = await token({
      grant_type: 'authorization_code',
      code: sandbox.control.authorizationCode(account.id, { flavor: 'apps' }),
    });
    const stripe = stripeFor(sandbox, tokens.access_token);
    sandbox.control.advanceClock(599);
    await expect(stripe.charges.list()).resolves.toMatchObject({ object: 'list' });
    sandbox.control.advanceClock(1);
    const error = await stripe.charges.list().catch((e: unknown) => e);
    expect(error).toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
      code: 'api_key_expired',
    });
  });

  it('rotates refresh tokens: each works once, then fails with invalid_grant', async () => {
    const account = sandbox.control.createAccount({ charges: 2 });
    const first = sandbox.control.connect(account.id, { flavor: 'apps' });
    const second = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.access_token).not.toBe(first.access_token);
    await expect(stripeFor(sandbox, second.access_token).charges.list()).resolves.toMatchObject({
      object: 'list',
    });

    const reused = await token({
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    }).catch((e: unknown) => e);
    expect(reused).toMatchObject({
      type: 'StripeInvalidGrantError',
      statusCode: 400,
      rawType: 'invalid_grant',
    });
    const third = await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token });
    expect(third.stripe_user_id).toBe(account.id);
  });

  it('needs the platform secret key', async () => {
    const account = sandbox.control.createAccount({ charges: 1 });
    const code = sandbox.control.authorizationCode(account.id, { flavor: 'apps' });
    const error: unknown = await stripeFor(sandbox, 'sk_test_not_the_platform')
      .rawRequest('POST', '/v1/oauth/token', { grant_type: 'authorization_code', code })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'StripeInvalidClientError', statusCode: 401 });
  });
});
