import { WebhookEvent } from '@cora/db';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount, platformStripe } from './support/books.js';
import { connectionStatus } from './support/flows.js';
import { startHarness, type Harness } from './support/harness.js';
import { connectEvent, postEvent, WEBHOOK_SECRET } from './support/webhooks.js';

const TRANSACTIONS = `query { stripeTransactions { totalCount edges { node { stripeTransactionId amountRefunded status } } } }`;

describe('Stripe webhooks', () => {
  let h: Harness;
  let account: string;
  let token: string;

  beforeAll(async () => {
    h = await startHarness({ env: { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET } });
    account = h.sandbox.control.createAccount({ charges: 0 }).id;
    token = await connectAccount(h, 'hook-user', account);
  });
  afterAll(async () => {
    await h.close();
  });

  const storedEvents = (): Promise<number> => h.app.services.orm.em.fork().count(WebhookEvent, {});
  const outcomeOf = async (id: unknown): Promise<string | null | undefined> =>
    (await h.app.services.orm.em.fork().findOne(WebhookEvent, { eventId: String(id) }))?.outcome;
  const transactions = async (): Promise<{
    totalCount: number;
    edges: { node: Record<string, unknown> }[];
  }> =>
    (
      await h.gql<{
        stripeTransactions: { totalCount: number; edges: { node: Record<string, unknown> }[] };
      }>(TRANSACTIONS, {}, token)
    ).data?.stripeTransactions ?? { totalCount: -1, edges: [] };

  /** A real charge of the account, as the sandbox renders it. */
  async function sandboxCharge(amount: number): Promise<Record<string, unknown>> {
    const added = h.sandbox.control.addCharge(account, { amount, description: 'Office chairs' });
    return (await platformStripe(h).charges.retrieve(
      added['id'] as string,
      {},
      { stripeAccount: account },
    )) as unknown as Record<string, unknown>;
  }

  it('refuses bad and stale signatures with 400 and stores nothing', async () => {
    const before = await storedEvents();
    const event = connectEvent(
      'charge.succeeded',
      account,
      await sandboxCharge(100),
      Math.floor(Date.now() / 1000),
    );
    expect((await postEvent(h, event, { secret: 'whsec_wrong' })).status).toBe(400);
    expect((await postEvent(h, event, { signature: 't=1,v1=deadbeef' })).status).toBe(400);
    expect(
      (await postEvent(h, event, { timestamp: Math.floor(Date.now() / 1000) - 301 })).status,
    ).toBe(400);
    expect(await storedEvents()).toBe(before);
  });

  it('refuses signatures timestamped beyond the tolerance in the future', async () => {
    const before = await storedEvents();
    const now = Math.floor(Date.now() / 1000);
    const event = connectEvent('charge.succeeded', account, await sandboxCharge(150), now);
    for (const ahead of [301, 3600, 86_400]) {
      expect((await postEvent(h, event, { timestamp: now + ahead })).status).toBe(400);
    }
    // A second signature for the future does not get past either.
    const valid = Stripe.webhooks.generateTestHeaderString({
      payload: JSON.stringify(event),
      secret: WEBHOOK_SECRET,
    });
    const future = Stripe.webhooks.generateTestHeaderString({
      payload: JSON.stringify(event),
      secret: WEBHOOK_SECRET,
      timestamp: now + 86_400,
    });
    expect((await postEvent(h, event, { signature: `${future},${valid}` })).status).toBe(400);
    expect(await storedEvents()).toBe(before);
    // A clock a little ahead of ours is within the tolerance.
    expect((await postEvent(h, event, { timestamp: now + 60 })).status).toBe(200);
  });

  it('applies a valid event once; a duplicate answers 200 and changes nothing', async () => {
    const charge = await sandboxCharge(2500);
    const event = connectEvent('charge.succeeded', account, charge, Math.floor(Date.now() / 1000));
    expect(await postEvent(h, event)).toEqual({
      status: 200,
      body: { received: true, duplicate: false },
    });
    expect(await postEvent(h, event)).toEqual({
      status: 200,
      body: { received: true, duplicate: true },
    });
    await h.app.services.webhooks.idle();
    expect(await outcomeOf(event['id'])).toBe('inserted');
    const books = await transactions();
    expect(books.edges.filter((e) => e.node['stripeTransactionId'] === charge['id'])).toHaveLength(
      1,
    );
  });

  it('never lets a late, older event overwrite newer data', async () => {
    const charge = await sandboxCharge(4000);
    const now = Math.floor(Date.now() / 1000);
    const refunded = { ...charge, amount_refunded: 4000, refunded: true };
    await postEvent(h, connectEvent('charge.refunded', account, refunded, now + 5));
    await h.app.services.webhooks.idle();
    const late = connectEvent('charge.succeeded', account, charge, now);
    await postEvent(h, late);
    await h.app.services.webhooks.idle();
    expect(await outcomeOf(late['id'])).toBe('stale');
    const row = (await transactions()).edges.find(
      (e) => e.node['stripeTransactionId'] === charge['id'],
    );
    expect(row?.node).toMatchObject({ amountRefunded: '40.00', status: 'refunded' });
  });

  it('records unknown types and unknown accounts with 200 so Stripe stops retrying', async () => {
    const count = (await transactions()).totalCount;
    const unknownType = connectEvent(
      'customer.created',
      account,
      { id: 'cus_1', object: 'customer' },
      1,
    );
    expect((await postEvent(h, unknownType)).status).toBe(200);
    const stranger = connectEvent('charge.succeeded', 'acct_nobody', await sandboxCharge(300), 1);
    expect((await postEvent(h, stranger)).status).toBe(200);
    await h.app.services.webhooks.idle();
    expect(await outcomeOf(unknownType['id'])).toBe('ignored_type');
    expect(await outcomeOf(stranger['id'])).toBe('unknown_account');
    expect((await transactions()).totalCount).toBe(count);
  });

  it('reconciles a refund changed on its own with a WEBHOOK-triggered incremental sync', async () => {
    const before = await h.gql<{ stripeSyncHistory: { totalCount: number } }>(
      `query { stripeSyncHistory { totalCount } }`,
      {},
      token,
    );
    const charge = await sandboxCharge(6000);
    const refund = h.sandbox.control.refundCharge(charge['id'] as string, { amount: 1000 });
    const event = connectEvent(
      'charge.refund.updated',
      account,
      refund,
      Math.floor(Date.now() / 1000),
    );
    expect((await postEvent(h, event)).status).toBe(200);
    await h.app.services.webhooks.idle();
    await h.app.services.engine.idle();
    expect(await outcomeOf(event['id'])).toBe('sync_requested');
    const history = await h.gql<{
      stripeSyncHistory: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(
      `query { stripeSyncHistory(first: 1) { totalCount edges { node { trigger full status } } } }`,
      {},
      token,
    );
    expect(history.data?.stripeSyncHistory.totalCount).toBe(
      (before.data?.stripeSyncHistory.totalCount ?? 0) + 1,
    );
    expect(history.data?.stripeSyncHistory.edges[0]?.node).toEqual({
      trigger: 'WEBHOOK',
      full: false,
      status: 'SUCCEEDED',
    });
    const row = (await transactions()).edges.find(
      (e) => e.node['stripeTransactionId'] === charge['id'],
    );
    expect(row?.node).toMatchObject({ amountRefunded: '10.00', status: 'partially_refunded' });
  });

  it('disconnects on account.application.deauthorized and keeps the books', async () => {
    const other = h.sandbox.control.createAccount({ charges: 3 }).id;
    const otherToken = await connectAccount(h, 'deauth-user', other);
    const count = `query { stripeTransactions { totalCount } }`;
    const before = await h.gql<{ stripeTransactions: { totalCount: number } }>(
      count,
      {},
      otherToken,
    );
    expect(before.data?.stripeTransactions.totalCount).toBeGreaterThan(0);
    const event = connectEvent(
      'account.application.deauthorized',
      other,
      { id: 'ca_x', object: 'application' },
      1,
    );
    expect((await postEvent(h, event)).status).toBe(200);
    await h.app.services.webhooks.idle();
    const status = await connectionStatus(h, otherToken);
    expect(status).toMatchObject({
      status: 'DISCONNECTED',
      lastErrorCode: 'STRIPE_DEAUTHORIZED',
      lastErrorMessage: expect.stringMatching(/removed from your Stripe dashboard/) as unknown,
    });
    const after = await h.gql<{ stripeTransactions: { totalCount: number } }>(
      count,
      {},
      otherToken,
    );
    expect(after.data?.stripeTransactions.totalCount).toBe(
      before.data?.stripeTransactions.totalCount,
    );
  });
});

describe('Stripe webhooks that fail processing', () => {
  it('are kept and retried by the job queue, with backoff, until they succeed', async () => {
    const h = await startHarness({
      env: { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, WEBHOOK_RETRY_DELAY_SECONDS: '1' },
    });
    try {
      const account = h.sandbox.control.createAccount({ charges: 0 }).id;
      const token = await connectAccount(h, 'retry-user', account);
      const charge = h.sandbox.control.addCharge(account, { amount: 900 });
      const dispute = h.sandbox.control.disputeCharge(charge['id'] as string);
      // The dispute's charge must be read from Stripe, which is down for now.
      h.sandbox.control.setFaults({ serverErrorShare: 1 }, account);
      const event = connectEvent(
        'charge.dispute.created',
        account,
        dispute,
        Math.floor(Date.now() / 1000),
      );
      expect((await postEvent(h, event)).status).toBe(200);
      const stored = () =>
        h.app.services.orm.em
          .fork()
          .findOne(WebhookEvent, { eventId: String(event['id']) }, { refresh: true });
      while (((await stored())?.attempts ?? 0) < 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await stored()).toMatchObject({ processedAt: null, outcome: null, parkedAt: null });

      h.sandbox.control.clearFaults(account);
      await h.app.services.webhooks.idle();
      expect(await stored()).toMatchObject({ outcome: 'inserted', attempts: 1, parkedAt: null });
      const books = await h.gql<{ stripeTransactions: { edges: { node: { status: string } }[] } }>(
        `query { stripeTransactions { edges { node { status } } } }`,
        {},
        token,
      );
      expect(books.data?.stripeTransactions.edges.map((e) => e.node.status)).toEqual(['disputed']);
    } finally {
      await h.close();
    }
  });
});

describe('Stripe webhooks without a secret', () => {
  it('answer 503', async () => {
    const h = await startHarness();
    try {
      const event = connectEvent('charge.succeeded', 'acct_1', { id: 'ch_1', object: 'charge' }, 1);
      expect((await postEvent(h, event)).status).toBe(503);
    } finally {
      await h.close();
    }
  });
});
