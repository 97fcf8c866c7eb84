import { readFileSync, existsSync } from 'node:fs';
import { OAuthState } from '@cora/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveAtStripe, connectInBrowser, CONNECTION_FIELDS } from './support/flows.js';
import { startHarness, type Harness } from './support/harness.js';

const STATUS = `query { stripeConnection { ${CONNECTION_FIELDS} } }`;
const COMPLETE = `mutation ($code: String!, $state: String!) { completeStripeConnection(code: $code, state: $state) { ${CONNECTION_FIELDS} } }`;
const DISCONNECT = `mutation { disconnectStripe { ${CONNECTION_FIELDS} } }`;
const TEST = `mutation { testStripeConnection { outcome message stripeAccountId } }`;

// The sandbox's token shapes: access tokens like secret keys, refresh tokens `rt_…`.
const PLAINTEXT_TOKEN = /sk_test_51[A-Za-z0-9]{20,}|rt_[A-Za-z0-9]{20,}/;

function databaseBytes(file: string): string {
  return ['', '-wal', '-shm']
    .map((suffix) => `${file}${suffix}`)
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('');
}

describe.each(['connect', 'apps'] as const)('connection lifecycle (%s flavor)', (flavor) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ flavor, sandbox: { authorizeCharges: 5 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('starts NOT_CONNECTED', async () => {
    const result = await h.gql(STATUS, {}, await h.token('fresh-user'));
    expect(result.data).toEqual({
      stripeConnection: expect.objectContaining({
        status: 'NOT_CONNECTED',
        stripeAccountId: null,
      }) as unknown,
    });
  });

  it('connects through the browser redirect, stores no plaintext token, and disconnects', async () => {
    const token = await h.token('browser-user');
    const landing = await connectInBrowser(h, token);
    expect(landing.origin + landing.pathname).toBe('http://frontend.test/integrations/stripe');
    expect(landing.searchParams.get('connected')).toBe('1');

    const status = await h.gql<{ stripeConnection: Record<string, unknown> }>(STATUS, {}, token);
    expect(status.data?.stripeConnection).toMatchObject({
      status: 'CONNECTED',
      livemode: false,
      lastErrorCode: null,
    });
    expect(status.data?.stripeConnection['stripeAccountId']).toMatch(/^acct_/);

    const check = await h.gql<{ testStripeConnection: { outcome: string } }>(TEST, {}, token);
    expect(check.errors).toBeUndefined();
    expect(check.data?.testStripeConnection.outcome).toBe('OK');

    // The pattern does find a real sandbox token, so its absence below means something.
    const sample = h.sandbox.control.connect(h.sandbox.control.createAccount().id, { flavor });
    expect(sample.access_token).toMatch(PLAINTEXT_TOKEN);
    expect(databaseBytes(h.db.file as string)).not.toMatch(PLAINTEXT_TOKEN);

    const disconnected = await h.gql<{ disconnectStripe: Record<string, unknown> }>(
      DISCONNECT,
      {},
      token,
    );
    expect(disconnected.data?.disconnectStripe).toMatchObject({ status: 'DISCONNECTED' });
    const again = await h.gql<{ disconnectStripe: Record<string, unknown> }>(DISCONNECT, {}, token);
    expect(again.data?.disconnectStripe).toMatchObject({ status: 'DISCONNECTED' });
    const after = await h.gql<{ testStripeConnection: { outcome: string } }>(TEST, {}, token);
    expect(after.data?.testStripeConnection.outcome).toBe('NOT_CONNECTED');
  });

  it('connects through completeStripeConnection', async () => {
    const token = await h.token('mutation-user');
    const { code, state } = await approveAtStripe(h, token);
    const result = await h.gql<{ completeStripeConnection: Record<string, unknown> }>(
      COMPLETE,
      { code, state },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.completeStripeConnection).toMatchObject({
      status: 'CONNECTED',
      // CORA only reads from Stripe: Connect's OAuth asks for no more than read-only access.
      scope: flavor === 'connect' ? 'read_only' : 'stripe_apps',
    });
  });

  it('refuses forged, replayed and another user’s states, and creates nothing', async () => {
    const owner = await h.token('state-owner');
    const thief = await h.token('state-thief');

    const forged = await h.gql(COMPLETE, { code: 'ac_whatever', state: 'f'.repeat(43) }, thief);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const stolen = await approveAtStripe(h, owner);
    const byThief = await h.gql(COMPLETE, stolen, thief);
    expect(byThief.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The state is burnt: not even its owner can use it now.
    const replayed = await h.gql(COMPLETE, stolen, owner);
    expect(replayed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    for (const user of [owner, thief]) {
      const status = await h.gql<{ stripeConnection: { status: string } }>(STATUS, {}, user);
      expect(status.data?.stripeConnection.status).toBe('NOT_CONNECTED');
    }
  });

  it('refuses an expired state', async () => {
    const token = await h.token('slow-user');
    const approved = await approveAtStripe(h, token);
    await h.app.services.orm.em
      .fork()
      .nativeUpdate(OAuthState, {}, { expiresAt: new Date(Date.now() - 1000) });
    const result = await h.gql(COMPLETE, approved, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const status = await h.gql<{ stripeConnection: { status: string } }>(STATUS, {}, token);
    expect(status.data?.stripeConnection.status).toBe('NOT_CONNECTED');
  });

  it('redirects Stripe’s access_denied and bad callbacks to the frontend with an error', async () => {
    const denied = await fetch(
      `${h.url}/api/integrations/stripe/callback?error=access_denied&state=x`,
      { redirect: 'manual' },
    );
    expect(new URL(denied.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'access_denied',
    );
    const forged = await fetch(
      `${h.url}/api/integrations/stripe/callback?code=ac_x&state=${'z'.repeat(43)}`,
      {
        redirect: 'manual',
      },
    );
    expect(new URL(forged.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('answers UNAUTHENTICATED without a valid token', async () => {
    const missing = await h.gql(STATUS);
    expect(missing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const invalid = await h.gql(STATUS, {}, 'not-a-jwt');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const rest = await fetch(`${h.url}/api/integrations/stripe/status`);
    expect(rest.status).toBe(401);
  });
});
