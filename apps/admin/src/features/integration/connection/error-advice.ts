import type { ConnectionStatus } from '../../../gql/graphql.js';

/** What a connection error means for the user, and whether reconnecting fixes it. */
export interface Advice {
  text: string;
  reconnect: boolean;
}

// The server's message says what happened; these say what to do about it.
const BY_CODE: Record<string, Advice> = {
  STRIPE_AUTH: {
    text: 'What to do: reconnect your Stripe account. Transactions already imported stay as they are.',
    reconnect: true,
  },
  STRIPE_PERMISSION: {
    text: 'What to do: reconnect and allow CORA to read charges.',
    reconnect: true,
  },
  STRIPE_OAUTH: {
    text: 'What to do: reconnect to try again.',
    reconnect: true,
  },
  STRIPE_RATE_LIMITED: {
    text: 'What to do: nothing; the next sync retries on its own. You can also sync again in a few minutes.',
    reconnect: false,
  },
  STRIPE_UNAVAILABLE: {
    text: 'What to do: nothing; the next sync retries on its own. You can also sync again later.',
    reconnect: false,
  },
  STRIPE_BAD_REQUEST: {
    text: 'What to do: sync again; if it keeps failing, contact CORA support.',
    reconnect: false,
  },
};

const FALLBACK: Advice = {
  text: 'What to do: sync again; if it keeps failing, contact CORA support.',
  reconnect: false,
};

const REAUTH: Advice = {
  text: "What to do: reconnect your Stripe account to renew CORA's access.",
  reconnect: true,
};

/** Advice for a connection's state; NEEDS_REAUTH always asks for a reconnect. */
export function adviceFor(status: ConnectionStatus, errorCode: string | null): Advice | null {
  const byCode = errorCode === null ? undefined : BY_CODE[errorCode];
  if (status === 'NEEDS_REAUTH') return byCode?.reconnect ? byCode : REAUTH;
  if (errorCode === null) return null;
  return byCode ?? FALLBACK;
}

const OAUTH_RETURN: Record<string, string> = {
  access_denied:
    'You declined the connection on Stripe, so nothing changed. Connect again whenever you are ready.',
  BAD_USER_INPUT:
    'Nothing was connected: the connection link had expired, was already used, or was started by someone else. Start again with "Connect Stripe".',
  STRIPE_OAUTH: 'Stripe did not finish the connection. Start again with "Connect Stripe".',
};

/** The message for `?error=<code>` after Stripe sends the browser back. */
export function oauthReturnMessage(code: string): string {
  return (
    OAUTH_RETURN[code] ??
    `Stripe could not complete the connection (${code}). Try again; if it keeps failing, contact CORA support.`
  );
}
