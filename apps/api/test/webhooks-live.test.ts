import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMinor } from '@cora/core';
import { connectAccount, platformStripe } from './support/books.js';
import { startHarness, type Harness } from './support/harness.js';
import { WEBHOOK_SECRET } from './support/webhooks.js';
import { collect, wsClient } from './support/ws.js';

interface PayoutChanged {
  stripePayoutChanged: {
    stripePayoutId: string;
    status: string;
    amount: string;
    net: string;
    reconciled: boolean;
  };
}

interface Changed {
  stripeTransactionChanged: { stripeTransactionId: string; amount: string; category: string };
}

describe('live updates from Stripe webhooks', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ env: { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET } });
    h.sandbox.control.addWebhookEndpoint({
      url: `${h.url}/api/integrations/stripe/webhook`,
      secret: WEBHOOK_SECRET,
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('a charge made at Stripe reaches the books and an open subscription within a second, without a sync', async () => {
    const account = h.sandbox.control.createAccount({ charges: 0 }).id;
    const token = await connectAccount(h, 'live-hooks', account);
    const runsBefore = await h.gql<{ stripeSyncHistory: { totalCount: number } }>(
      `query { stripeSyncHistory { totalCount } }`,
      {},
      token,
    );

    const client = wsClient(h, token);
    const stream = collect<Changed>(
      client,
      `subscription { stripeTransactionChanged { stripeTransactionId amount category } }`,
      {},
      () => true,
    );
    await stream.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));

    const started = Date.now();
    const charge = h.sandbox.control.addCharge(account, {
      amount: 4599,
      description: 'Team lunch at the restaurant',
    });
    const [event] = await stream.done;
    expect(Date.now() - started).toBeLessThan(1000);
    await client.dispose();
    expect(event?.stripeTransactionChanged).toEqual({
      stripeTransactionId: charge['id'],
      amount: '45.99',
      category: 'Meals & Entertainment',
    });

    const books = await h.gql<{
      stripeTransactions: { edges: { node: { stripeTransactionId: string } }[] };
    }>(`query { stripeTransactions { edges { node { stripeTransactionId } } } }`, {}, token);
    expect(books.data?.stripeTransactions.edges.map((e) => e.node.stripeTransactionId)).toEqual([
      charge['id'],
    ]);
    const runsAfter = await h.gql<{ stripeSyncHistory: { totalCount: number } }>(
      `query { stripeSyncHistory { totalCount } }`,
      {},
      token,
    );
    expect(runsAfter.data?.stripeSyncHistory.totalCount).toBe(
      runsBefore.data?.stripeSyncHistory.totalCount,
    );
  });
  it('a payout Stripe makes reaches an open subscription reconciled, without a sync', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 0 }).id;
    const token = await connectAccount(h, 'live-payouts', account);
    control.addCharge(account, { amount: 12_000, description: 'Consulting retainer' });
    await h.app.services.webhooks.idle();

    const client = wsClient(h, token);
    const stream = collect<PayoutChanged>(
      client,
      `subscription { stripePayoutChanged { stripePayoutId status amount net reconciled } }`,
      {},
      (event) => event.stripePayoutChanged.status === 'paid',
    );
    await stream.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));

    // The charge becomes available after the delay days; the daily payout takes it and arrives.
    control.advanceClock(5 * 86_400);
    const events = await stream.done;
    await client.dispose();
    const payouts = (await platformStripe(h).payouts.list({}, { stripeAccount: account })).data;
    const [paid] = payouts.filter((payout) => payout.status === 'paid');
    const last = events.at(-1)?.stripePayoutChanged;
    expect(last).toEqual({
      stripePayoutId: paid?.id,
      status: 'paid',
      amount: formatMinor(paid?.amount ?? 0, 'USD'),
      net: formatMinor(paid?.amount ?? 0, 'USD'),
      reconciled: true,
    });
    expect(events.every((event) => event.stripePayoutChanged.stripePayoutId === paid?.id)).toBe(
      true,
    );
  });
});
