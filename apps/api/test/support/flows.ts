import type { Harness } from './harness.js';

const AUTHORIZE_URL = 'query { stripeAuthorizeUrl }';

/** Follows one redirect by hand and returns where it points. */
async function redirectOf(url: string): Promise<URL> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (response.status !== 302 || location === null) {
    throw new Error(`expected a redirect from ${url}, got ${response.status}`);
  }
  return new URL(location, url);
}

/** The authorize URL the API hands the user's browser. */
export async function authorizeUrl(h: Harness, token: string): Promise<URL> {
  const result = await h.gql<{ stripeAuthorizeUrl: string }>(AUTHORIZE_URL, {}, token);
  if (!result.data) throw new Error(`stripeAuthorizeUrl failed: ${JSON.stringify(result.errors)}`);
  return new URL(result.data.stripeAuthorizeUrl);
}

/**
 * The browser's journey: our authorize URL → the sandbox's (auto-approving) consent page →
 * our callback → the frontend. Returns the final frontend URL.
 */
export async function connectInBrowser(
  h: Harness,
  token: string,
  extraAuthorizeParams: Record<string, string> = {},
): Promise<URL> {
  const authorize = await authorizeUrl(h, token);
  for (const [key, value] of Object.entries(extraAuthorizeParams))
    authorize.searchParams.set(key, value);
  const callback = await redirectOf(authorize.toString());
  // The redirect URI is configured as localhost:<PORT>; the test server listens elsewhere.
  const ours = new URL(`${callback.pathname}${callback.search}`, h.url);
  return redirectOf(ours.toString());
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
