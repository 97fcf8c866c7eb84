import { formatMinor } from '@cora/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount, platformStripe } from './support/books.js';
import { startHarness, type Harness } from './support/harness.js';
import { WEBHOOK_SECRET } from './support/webhooks.js';

const DAY = 86_400;

describe('books kept by webhooks alone', () => {
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

  async function settle(): Promise<void> {
    // Deliveries are asynchronous: wait until the sandbox has sent them and the API handled them.
    for (let i = 0; i < 50; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await h.app.services.webhooks.idle();
    }
  }

  it('imports fees, refunds and payouts from events, each paid payout reconciled', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 0 }).id;
    const token = await connectAccount(h, 'books-hooks', account);
    // Runs not started by a webhook (Stripe's refund events, refund.created among them, each
    // ask for a WEBHOOK-triggered incremental sync).
    const runs = async () =>
      (
        await h.gql<{ stripeSyncHistory: { edges: { node: { trigger: string } }[] } }>(
          `query { stripeSyncHistory(first: 100) { edges { node { trigger } } } }`,
          {},
          token,
        )
      ).data?.stripeSyncHistory.edges.filter((edge) => edge.node.trigger !== 'WEBHOOK').length;
    const runsBefore = await runs();

    const charges = [4599, 12000, 800, 2500].map((amount, i) =>
      control.addCharge(account, { amount, currency: i % 2 === 0 ? 'usd' : 'eur' }),
    );
    control.refundCharge(String(charges[1]?.['id']), { amount: 3000 });
    control.advanceClock(5 * DAY);
    await settle();

    const stripe = platformStripe(h);
    const options = { stripeAccount: account };
    const payouts = (await stripe.payouts.list({ limit: 100 }, options)).data;
    expect(payouts.filter((p) => p.status === 'paid').length).toBeGreaterThan(0);
    const ours = await h.gql<{
      stripePayouts: {
        edges: { node: { stripePayoutId: string; status: string; reconciled: boolean } }[];
      };
    }>(
      `query { stripePayouts { edges { node { stripePayoutId status reconciled } } } }`,
      {},
      token,
    );
    const nodes = ours.data?.stripePayouts.edges.map((e) => e.node) ?? [];
    expect(nodes.map((p) => p.stripePayoutId).sort()).toEqual(payouts.map((p) => p.id).sort());
    for (const payout of nodes) expect(payout.reconciled, payout.stripePayoutId).toBe(true);

    const books = await h.gql<{
      stripeTransactions: {
        edges: { node: { stripeTransactionId: string; fee: string | null } }[];
      };
    }>(`query { stripeTransactions { edges { node { stripeTransactionId fee } } } }`, {}, token);
    expect(books.data?.stripeTransactions.edges).toHaveLength(4);
    for (const { node } of books.data?.stripeTransactions.edges ?? []) {
      const charge = await stripe.charges.retrieve(
        node.stripeTransactionId,
        { expand: ['balance_transaction'] },
        options,
      );
      const txn = charge.balance_transaction as { fee: number; currency: string };
      expect(node.fee).toBe(formatMinor(txn.fee, txn.currency));
    }
    // Only the initial import ran unasked; everything else came by webhook.
    expect(await runs()).toBe(runsBefore);
  });
});
