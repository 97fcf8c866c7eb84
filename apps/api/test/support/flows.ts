import type { Harness } from './harness.js';

const AUTHORIZE_URL = 'query { stripeAuthorizeUrl }';

/** Follows one redirect by hand and returns where it points (and the cookies it set). */
async function redirectOf(url: string, cookie?: string): Promise<URL> {
  const response = await fetch(url, {
    redirect: 'manual',
    headers: cookie === undefined ? {} : { cookie },
  });
  const location = response.headers.get('location');
  if (response.status !== 302 || location === null) {
    throw new Error(`expected a redirect from ${url}, got ${response.status}`);
  }
  return new URL(location, url);
}

/** The authorize URL the API hands the user's browser (the `stripeAuthorizeUrl` query). */
export async function authorizeUrl(h: Harness, token: string): Promise<URL> {
  const result = await h.gql<{ stripeAuthorizeUrl: string }>(AUTHORIZE_URL, {}, token);
  if (!result.data) throw new Error(`stripeAuthorizeUrl failed: ${JSON.stringify(result.errors)}`);
  return new URL(result.data.stripeAuthorizeUrl);
}

/** A browser starting the flow as the console does: `GET /auth` with the bearer token. */
export async function startInBrowser(
  h: Harness,
  token: string,
): Promise<{ authorize: URL; cookie: string; setCookie: string[] }> {
  const response = await fetch(`${h.url}/api/integrations/stripe/auth`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { authUrl?: string };
  if (response.status !== 200 || body.authUrl === undefined)
    throw new Error(`GET /auth failed: ${response.status}`);
  const setCookie = response.headers.getSetCookie();
  const cookie = setCookie.map((line) => line.split(';')[0]).join('; ');
  return { authorize: new URL(body.authUrl), cookie, setCookie };
}

/**
 * Stripe's consent page (auto-approving, or with `account`) → the redirect back to us,
 * pointed at the test server (the redirect URI is configured as localhost:<PORT>).
 */
export async function approveInSandbox(
  h: Harness,
  authorize: URL,
  extraAuthorizeParams: Record<string, string> = {},
): Promise<URL> {
  const url = new URL(authorize);
  for (const [key, value] of Object.entries(extraAuthorizeParams)) url.searchParams.set(key, value);
  const callback = await redirectOf(url.toString());
  return new URL(`${callback.pathname}${callback.search}`, h.url);
}

/** Our callback, in a browser holding `cookie` (or none); returns where it sends it. */
export function callbackInBrowser(callback: URL, cookie?: string): Promise<URL> {
  return redirectOf(callback.toString(), cookie);
}

/**
 * The console's journey in one browser: `GET /auth` (cookie) → the sandbox's
 * (auto-approving) consent page → our callback with the cookie → the frontend. Returns the
 * final frontend URL.
 */
export async function connectInBrowser(
  h: Harness,
  token: string,
  extraAuthorizeParams: Record<string, string> = {},
): Promise<URL> {
  const { authorize, cookie } = await startInBrowser(h, token);
  const callback = await approveInSandbox(h, authorize, extraAuthorizeParams);
  return callbackInBrowser(callback, cookie);
}

/** The sandbox's redirect back to us, without following it: code and state. */
export async function approveAtStripe(
  h: Harness,
  token: string,
): Promise<{ code: string; state: string }> {
  const callback = await redirectOf((await authorizeUrl(h, token)).toString());
  const code = callback.searchParams.get('code');
  const state = callback.searchParams.get('state');
  if (code === null || state === null) throw new Error(`no code in ${callback.toString()}`);
  return { code, state };
}

export const CONNECTION_FIELDS = `status stripeAccountId livemode scope connectedAt lastSyncedAt nextSyncAt lastErrorCode lastErrorMessage`;

/** The user's connection as `stripeConnection` reports it; throws on GraphQL errors. */
export async function connectionStatus(
  h: Harness,
  token: string,
): Promise<Record<string, unknown>> {
  const result = await h.gql<{ stripeConnection: Record<string, unknown> }>(
    `query { stripeConnection { ${CONNECTION_FIELDS} } }`,
    {},
    token,
  );
  if (!result.data) throw new Error(`stripeConnection failed: ${JSON.stringify(result.errors)}`);
  return result.data.stripeConnection;
}
