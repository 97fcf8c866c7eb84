import { OAuthState, StripeConnection } from '@cora/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approveInSandbox,
  authorizeUrl,
  callbackInBrowser,
  CONNECTION_FIELDS,
  startInBrowser,
} from './support/flows.js';
import { startHarness, type Harness } from './support/harness.js';

const STATUS = `query { stripeConnection { ${CONNECTION_FIELDS} } }`;
const COMPLETE = `mutation ($code: String!, $state: String!) { completeStripeConnection(code: $code, state: $state) { status stripeAccountId } }`;
const FRONTEND = 'http://frontend.test/integrations/stripe';

/** The frontend page the callback sent the browser to, and its parameters. */
function landing(url: URL): { page: string; params: Record<string, string> } {
  return { page: url.origin + url.pathname, params: Object.fromEntries(url.searchParams) };
}

/**
 * The Stripe account owner on the sandbox's consent page (no auto-approve): the page shows
 * Authorize / Deny for the link, they pick their account and press Authorize. Returns the
 * redirect to our callback, pointed at the test server.
 */
async function ownerApproves(h: Harness, authorize: URL, account: string): Promise<URL> {
  const page = await fetch(authorize);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('Authorize');
  const form = new URLSearchParams(authorize.searchParams);
  form.set('account', account);
  form.set('decision', 'approve');
  const decision = await fetch(new URL(authorize.pathname, authorize), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  expect(decision.status).toBe(302);
  const callback = new URL(decision.headers.get('location') ?? '');
  return new URL(`${callback.pathname}${callback.search}`, h.url);
}

describe('the OAuth callback completes only in the browser that started the flow', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ sandbox: { authorizeCharges: 2 } });
  });
  afterAll(async () => {
    await h.close();
  });

  const statusOf = async (token: string): Promise<string | undefined> =>
    (await h.gql<{ stripeConnection: { status: string } }>(STATUS, {}, token)).data
      ?.stripeConnection.status;
  const connectionsOf = (userId: string): Promise<number> =>
    h.app.services.orm.em.fork().count(StripeConnection, { userId });

  it('sets an HttpOnly, SameSite=Lax cookie for the callback only, Secure over https', async () => {
    const { setCookie } = await startInBrowser(h, await h.token('cookie-user'));
    expect(setCookie).toHaveLength(1);
    const [cookie = ''] = setCookie;
    expect(cookie).toMatch(/^cora_oauth_browser=[\w-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\/api\/integrations\/stripe\/callback/);
    expect(cookie).toMatch(/; Max-Age=600/);
    expect(cookie).not.toMatch(/; Secure/);
    // Only the hash is stored with the state.
    const value = /=([\w-]+);/.exec(cookie)?.[1] ?? '';
    const rows = await h.app.services.orm.em.fork().find(OAuthState, { userId: 'cookie-user' });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.browserBindingHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(value);

    const behindTls = await fetch(`${h.url}/api/integrations/stripe/auth`, {
      headers: {
        authorization: `Bearer ${await h.token('cookie-user')}`,
        'x-forwarded-proto': 'https',
      },
    });
    expect(behindTls.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });

  it('connects the browser that holds the cookie, and clears the cookie', async () => {
    const token = await h.token('console-user');
    const { authorize, cookie } = await startInBrowser(h, token);
    const callback = await approveInSandbox(h, authorize);
    const response = await fetch(callback, { redirect: 'manual', headers: { cookie } });
    expect(response.headers.getSetCookie()[0]).toMatch(
      /^cora_oauth_browser=;.*Expires=Thu, 01 Jan 1970/,
    );
    expect(landing(new URL(response.headers.get('location') ?? ''))).toEqual({
      page: FRONTEND,
      params: { connected: '1' },
    });
    expect(await statusOf(token)).toBe('CONNECTED');
  });

  it('phishing: a link made by user B, approved in the victim’s browser, connects nobody to B', async () => {
    const attacker = await h.token('phisher-b');
    const victim = await h.token('victim-v');
    const victimAccount = h.sandbox.control.createAccount({ charges: 3 }).id;

    // B starts a flow in B's own browser (B keeps the cookie) and sends the link away.
    const { authorize, cookie: attackerCookie } = await startInBrowser(h, attacker);
    // The victim has a cookie of their own, from a flow they started earlier.
    const { cookie: victimCookie } = await startInBrowser(h, victim);
    expect(victimCookie).not.toBe(attackerCookie);

    h.sandbox.control.setAutoApprove(false);
    try {
      for (const cookie of [undefined, victimCookie]) {
        const { authorize: link } =
          cookie === undefined ? { authorize } : await startInBrowser(h, attacker);
        const callback = await ownerApproves(h, link, victimAccount);
        const back = landing(await callbackInBrowser(callback, cookie));
        // Handed to the frontend unfinished: no code was exchanged, nothing connected.
        expect(back.page).toBe(FRONTEND);
        expect(Object.keys(back.params).sort()).toEqual(['code', 'state']);
        expect(await connectionsOf('phisher-b')).toBe(0);
        expect(await statusOf(attacker)).toBe('NOT_CONNECTED');

        // The victim's frontend finishes it under the victim's identity: refused (B's state),
        // and the state is burnt, so B cannot use the code and state either.
        const byVictim = await h.gql(COMPLETE, back.params, victim);
        expect(byVictim.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        const byAttacker = await h.gql(COMPLETE, back.params, attacker);
        expect(byAttacker.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(await connectionsOf('phisher-b')).toBe(0);
        expect(await connectionsOf('victim-v')).toBe(0);
      }
    } finally {
      h.sandbox.control.setAutoApprove(true);
    }
    const stored = await h.app.services.orm.em
      .fork()
      .count(StripeConnection, { stripeAccountId: victimAccount });
    expect(stored).toBe(0);
  });

  it('a frontend using stripeAuthorizeUrl gets the code and finishes with completeStripeConnection', async () => {
    const token = await h.token('frontend-user');
    const callback = await approveInSandbox(h, await authorizeUrl(h, token));
    const back = landing(await callbackInBrowser(callback));
    expect(back.page).toBe(FRONTEND);
    expect(Object.keys(back.params).sort()).toEqual(['code', 'state']);
    expect(await statusOf(token)).toBe('NOT_CONNECTED');
    const done = await h.gql<{ completeStripeConnection: { status: string } }>(
      COMPLETE,
      back.params,
      token,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.completeStripeConnection.status).toBe('CONNECTED');
    expect(await statusOf(token)).toBe('CONNECTED');
  });

  it('the console’s user in a browser without the cookie still finishes as themselves', async () => {
    const token = await h.token('two-browsers');
    const { authorize } = await startInBrowser(h, token);
    const back = landing(await callbackInBrowser(await approveInSandbox(h, authorize)));
    expect(Object.keys(back.params).sort()).toEqual(['code', 'state']);
    const done = await h.gql<{ completeStripeConnection: { status: string } }>(
      COMPLETE,
      back.params,
      token,
    );
    expect(done.data?.completeStripeConnection.status).toBe('CONNECTED');
  });

  it('refuses a forged, expired or used state at the callback whatever the cookie', async () => {
    const token = await h.token('late-user');
    const { authorize, cookie } = await startInBrowser(h, token);
    const callback = await approveInSandbox(h, authorize);
    await h.app.services.orm.em
      .fork()
      .nativeUpdate(
        OAuthState,
        { userId: 'late-user' },
        { expiresAt: new Date(Date.now() - 1000) },
      );
    expect(landing(await callbackInBrowser(callback, cookie)).params).toEqual({
      error: 'BAD_USER_INPUT',
    });
    expect(landing(await callbackInBrowser(callback)).params).toEqual({ error: 'BAD_USER_INPUT' });
    expect(await statusOf(token)).toBe('NOT_CONNECTED');
  });
});
