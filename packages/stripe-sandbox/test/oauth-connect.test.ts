import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID, DEMO_SECRET_KEY, type Sandbox } from '../src/index.js';
import { stripeFor, testSandbox } from './helpers.js';

const REDIRECT = 'http://localhost:8000/api/integrations/stripe/callback';

function authorizeUrl(sandbox: Sandbox, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: DEMO_CLIENT_ID,
    scope: 'read_write',
    state: 'st4te-123',
    redirect_uri: REDIRECT,
    ...extra,
  });
  return `${sandbox.url}/oauth/authorize?${params.toString()}`;
}

/** Follows the authorize page's redirect and returns its query. */
async function redirectQuery(response: Response): Promise<URLSearchParams> {
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location') ?? '');
  expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
  await response.text();
  return location.searchParams;
}

describe('Connect OAuth', () => {
  let sandbox: Sandbox;
  let platform: Stripe;

  beforeAll(async () => {
    sandbox = await testSandbox({ authorizeCharges: 40 });
    platform = stripeFor(sandbox, DEMO_SECRET_KEY);
  });
  afterAll(() => sandbox.close());

  it('shows an Authorize / Deny page with labelled fields', async () => {
    const response = await fetch(authorizeUrl(sandbox));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toMatch(
      /<button type="submit" name="decision" value="approve">Authorize<\/button>/,
    );
    expect(html).toMatch(/<button type="submit" name="decision" value="deny">Deny<\/button>/);
    expect(html).toContain('<label for="account">');
    expect(html).toContain('<input type="hidden" name="state" value="st4te-123">');
  });

  it('redirects with error=access_denied and the state when the user denies', async () => {
    const body = new URLSearchParams({ decision: 'deny' });
    const response = await fetch(authorizeUrl(sandbox), {
      method: 'POST',
      body,
      redirect: 'manual',
    });
    const query = await redirectQuery(response);
    expect(query.get('error')).toBe('access_denied');
    expect(query.get('state')).toBe('st4te-123');
    expect(query.has('code')).toBe(false);
  });

  it('approves into a new demo account, and the code buys working tokens once', async () => {
    const body = new URLSearchParams({ decision: 'approve', account: 'new', charges: '25' });
    const query = await redirectQuery(
      await fetch(authorizeUrl(sandbox), { method: 'POST', body, redirect: 'manual' }),
    );
    expect(query.get('state')).toBe('st4te-123');
    expect(query.get('scope')).toBe('read_write');
    const code = query.get('code') ?? '';
    expect(code).toMatch(/^ac_/);

    const token = await platform.oauth.token({ grant_type: 'authorization_code', code });
    expect(token).toMatchObject({ token_type: 'bearer', scope: 'read_write', livemode: false });
    expect(token.stripe_user_id).toMatch(/^acct_/);
    expect(token.stripe_publishable_key).toMatch(/^pk_test_/);
    expect(token.refresh_token).toMatch(/^rt_/);
    const charges = await stripeFor(sandbox, token.access_token ?? '').charges.list({ limit: 100 });
    expect(charges.data).toHaveLength(25);

    const again = await platform.oauth
      .token({ grant_type: 'authorization_code', code })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({
      type: 'StripeInvalidGrantError',
      statusCode: 400,
      rawType: 'invalid_grant',
    });
  });

  it('auto-approves with auto_approve=1, into a named account', async () => {
    const account = sandbox.control.createAccount({ charges: 3 });
    const response = await fetch(
      authorizeUrl(sandbox, { auto_approve: '1', account: account.id }),
      { redirect: 'manual' },
    );
    const code = (await redirectQuery(response)).get('code') ?? '';
    const token = await platform.oauth.token({ grant_type: 'authorization_code', code });
    expect(token.stripe_user_id).toBe(account.id);
  });

  it('expires codes after five minutes of sandbox time', async () => {
    const account = sandbox.control.createAccount({ charges: 1 });
    const code = sandbox.control.authorizationCode(account.id);
    sandbox.control.advanceClock(301);
    const error = await platform.oauth
      .token({ grant_type: 'authorization_code', code })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'StripeInvalidGrantError', rawType: 'invalid_grant' });
    expect((error as Error).message).toMatch(/expired/);
    const fresh = sandbox.control.authorizationCode(account.id);
    sandbox.control.advanceClock(299);
    await expect(
      platform.oauth.token({ grant_type: 'authorization_code', code: fresh }),
    ).resolves.toMatchObject({
      stripe_user_id: account.id,
    });
  });

  it('refuses a code exchange signed with a wrong key', async () => {
    const account = sandbox.control.createAccount({ charges: 1 });
    const code = sandbox.control.authorizationCode(account.id);
    const error = await stripeFor(sandbox, 'sk_test_nope_nope_nope')
      .oauth.token({ grant_type: 'authorization_code', code })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'StripeInvalidClientError', statusCode: 401 });
  });

  it('mints a new access token from the refresh token', async () => {
    const account = sandbox.control.createAccount({ charges: 4 });
    const tokens = sandbox.control.connect(account.id);
    const refreshed = await platform.oauth.token({
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.refresh_token).toBe(tokens.refresh_token);
    const page = await stripeFor(sandbox, refreshed.access_token ?? '').charges.list();
    expect(page.data).toHaveLength(4);
  });

  it('deauthorize revokes: tokens answer 401 and the platform loses Stripe-Account access', async () => {
    const account = sandbox.control.createAccount({ charges: 5 });
    const tokens = sandbox.control.connect(account.id);
    const connected = stripeFor(sandbox, tokens.access_token);
    await expect(connected.charges.list()).resolves.toMatchObject({ object: 'list' });

    const result = await platform.oauth.deauthorize({
      client_id: DEMO_CLIENT_ID,
      stripe_user_id: account.id,
    });
    expect(result.stripe_user_id).toBe(account.id);

    const error = await connected.charges.list().catch((e: unknown) => e);
    expect(error).toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
      code: 'api_key_expired',
    });
    const viaPlatform = await platform.charges
      .list({}, { stripeAccount: account.id })
      .catch((e: unknown) => e);
    expect(viaPlatform).toMatchObject({ statusCode: 403, code: 'account_invalid' });
    const refresh = await platform.oauth
      .token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token })
      .catch((e: unknown) => e);
    expect(refresh).toMatchObject({ type: 'StripeInvalidGrantError' });
    const twice = await platform.oauth
      .deauthorize({ client_id: DEMO_CLIENT_ID, stripe_user_id: account.id })
      .catch((e: unknown) => e);
    expect(twice).toMatchObject({ type: 'StripeInvalidClientError' });
  });

  it('shows an error page, not a redirect, for an unknown client id', async () => {
    const response = await fetch(
      authorizeUrl(sandbox, { client_id: 'ca_unknown', auto_approve: '1' }),
      { redirect: 'manual' },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('ca_unknown');
  });
});
