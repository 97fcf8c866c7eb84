import { StripeTransaction } from '@cora/db';
import Stripe from 'stripe';
import type { Harness } from './harness.js';
import { connectInBrowser } from './flows.js';

/** A `stripe` SDK client of the sandbox's platform, acting for `account` (Stripe-Account). */
export function platformStripe(h: Harness): Stripe {
  const url = new URL(h.sandbox.url);
  return new Stripe(h.sandbox.platform.secretKey, {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    telemetry: false,
  });
}

/** The ids of the account's succeeded charges, read from the sandbox through the SDK. */
export async function succeededChargeIds(h: Harness, account: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const charge of platformStripe(h).charges.list(
    { limit: 100 },
    { stripeAccount: account },
  )) {
    if (charge.status === 'succeeded') ids.push(charge.id);
  }
  return ids.sort();
}

/** The Stripe ids in a user's books, straight from the database. */
export async function bookIds(h: Harness, userId: string): Promise<string[]> {
  const em = h.app.services.orm.em.fork();
  const rows = await em.find(
    StripeTransaction,
    { connection: { userId } },
    { fields: ['stripeId'] },
  );
  return rows.map((row) => row.stripeId).sort();
}

/** Connects `userId` to an existing sandbox account and waits for the INITIAL sync. */
export async function connectAccount(h: Harness, userId: string, account: string): Promise<string> {
  const token = await h.token(userId);
  const landing = await connectInBrowser(h, token, { account });
  if (landing.searchParams.get('connected') !== '1')
    throw new Error(`connect failed: ${landing.toString()}`);
  await h.app.services.engine.idle();
  return token;
}

export const RUN_FIELDS = `id status trigger full startedAt finishedAt pagesFetched fetchedCount insertedCount updatedCount skippedCount errorCode errorMessage note`;

/** Starts a sync as the user and waits until it has ended; returns the finished run. */
export async function syncAndWait(
  h: Harness,
  token: string,
  full = false,
): Promise<Record<string, unknown>> {
  const started = await h.gql<{ syncStripeTransactions: { id: string } }>(
    `mutation ($full: Boolean) { syncStripeTransactions(full: $full) { id } }`,
    { full },
    token,
  );
  if (!started.data) throw new Error(`sync failed to start: ${JSON.stringify(started.errors)}`);
  await h.app.services.engine.idle();
  const history = await h.gql<{
    stripeSyncHistory: { edges: { node: Record<string, unknown> }[] };
  }>(`query { stripeSyncHistory(first: 1) { edges { node { ${RUN_FIELDS} } } } }`, {}, token);
  const run = history.data?.stripeSyncHistory.edges[0]?.node;
  if (run?.['id'] !== started.data.syncStripeTransactions.id)
    throw new Error(`the newest run is not the one started: ${JSON.stringify(history)}`);
  return run;
}
