import type { ConnectionStatus } from '../../../gql/graphql.js';

/**
 * What a connection's state means for the viewer, and what they can do about it on the screen
 * they are on. `news` is something that happened (not a failure); `reconnect` offers the
 * Reconnect button inside the notice.
 */
export interface Advice {
  text: string;
  reconnect: boolean;
  tone: 'bad' | 'news';
}

/** Who reads the advice: the user on their Stripe page, or support staff in the console. */
export type Viewer = 'user' | 'support';

const bad = (text: string, reconnect = false): Advice => ({ text, reconnect, tone: 'bad' });

const ASK_USER: Advice = bad(
  'What to do: ask the user to press "Reconnect" on their Stripe page; their books are kept.',
);

// The server's message says what happened; these say what to do about it.
const BY_CODE: Record<string, Advice> = {
  STRIPE_AUTH: bad(
    'What to do: press "Reconnect" to connect your Stripe account again. Transactions already imported stay as they are.',
    true,
  ),
  STRIPE_PERMISSION: bad('What to do: press "Reconnect" and allow CORA to read charges.', true),
  STRIPE_OAUTH: bad('What to do: press "Reconnect" to try again.', true),
  STRIPE_RATE_LIMITED: bad(
    'What to do: sync again in a few minutes; the next automatic sync also retries on its own.',
  ),
  STRIPE_UNAVAILABLE: bad(
    'What to do: sync again later; the next automatic sync also retries on its own.',
  ),
  STRIPE_BAD_REQUEST: bad('What to do: sync again; if it keeps failing, contact CORA support.'),
};

const FALLBACK = bad('What to do: sync again; if it keeps failing, contact CORA support.');

const REAUTH = bad(
  'What to do: press "Reconnect" to renew CORA\'s access to your Stripe account.',
  true,
);

const CONNECT_AGAIN: Record<Viewer, Advice> = {
  user: {
    text: 'What to do: press "Connect Stripe" when you want CORA to sync this account again; your books are kept.',
    reconnect: false,
    tone: 'news',
  },
  support: {
    text: 'What to do: ask the user to press "Connect Stripe" on their Stripe page if they want CORA to sync again.',
    reconnect: false,
    tone: 'news',
  },
};

/**
 * Advice for a connection's state. NEEDS_REAUTH always asks for a reconnect; a disconnected
 * or never-made connection (a revoke from the Stripe dashboard included) can only be
 * connected again.
 */
export function adviceFor(
  status: ConnectionStatus,
  errorCode: string | null,
  viewer: Viewer = 'user',
): Advice | null {
  if (errorCode === null && status !== 'NEEDS_REAUTH') return null;
  if (status === 'DISCONNECTED' || status === 'NOT_CONNECTED') return CONNECT_AGAIN[viewer];
  const byCode = errorCode === null ? undefined : BY_CODE[errorCode];
  const advice =
    status === 'NEEDS_REAUTH' ? (byCode?.reconnect ? byCode : REAUTH) : (byCode ?? FALLBACK);
  return viewer === 'support' && advice.reconnect ? ASK_USER : advice;
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
