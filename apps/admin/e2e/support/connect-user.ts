import type { NewAccount } from '@cora/stripe-sandbox';
import type { RealStack } from './real-api.js';

const SETTLE_TIMEOUT_MS = 20_000;

interface History {
  stripeSyncHistory: { edges: Array<{ node: { status: string } }> };
}

/** Resolves once the user's newest run has finished (or there is none). */
export async function runsSettled(stack: RealStack, userId: string): Promise<void> {
  const token = await stack.token(userId, 'user');
  const end = Date.now() + SETTLE_TIMEOUT_MS;
  for (;;) {
    const { stripeSyncHistory } = await stack.graphql<History>(
      token,
      'query { stripeSyncHistory(first: 1) { edges { node { status } } } }',
    );
    if (stripeSyncHistory.edges[0]?.node.status !== 'RUNNING') return;
    if (Date.now() > end) throw new Error(`the sync of ${userId} did not finish in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Connects `userId` to a new sandbox account (of `account` charges, or generated as
 * `account` says) the way a frontend that handles the redirect itself does (authorize URL →
 * code → `completeStripeConnection`), and waits for the initial import. Returns the Stripe
 * account id.
 */
export async function connectUser(
  stack: RealStack,
  userId: string,
  account: number | NewAccount,
): Promise<string> {
  const token = await stack.token(userId, 'user');
  const { stripeAuthorizeUrl } = await stack.graphql<{ stripeAuthorizeUrl: string }>(
    token,
    'query { stripeAuthorizeUrl }',
  );
  const state = new URL(stripeAuthorizeUrl).searchParams.get('state') ?? '';
  const { id } = stack.sandbox.control.createAccount(
    typeof account === 'number' ? { charges: account } : account,
  );
  const code = stack.sandbox.control.authorizationCode(id);
  await stack.graphql(
    token,
    'mutation ($code: String!, $state: String!) { completeStripeConnection(code: $code, state: $state) { status } }',
    { code, state },
  );
  await runsSettled(stack, userId);
  return id;
}
