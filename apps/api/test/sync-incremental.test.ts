import { ConnectionRepository } from '@cora/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookIds, connectAccount, succeededChargeIds, syncAndWait } from './support/books.js';
import { eachDatabase } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';

describe.each(eachDatabase('incremental sync'))('incremental sync on %s', (_name, postgres) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ postgres });
  });
  afterAll(async () => {
    await h.close();
  });

  it('with nothing new makes exactly one request to Stripe', async () => {
    const account = h.sandbox.control.createAccount({ charges: 150, seed: 3 }).id;
    const token = await connectAccount(h, 'quiet-user', account);
    await syncAndWait(h, token); // absorbs the events of the initial import
    h.sandbox.control.resetRequests();

    const run = await syncAndWait(h, token);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      full: false,
      insertedCount: 0,
      updatedCount: 0,
    });
    expect(h.sandbox.control.requestCounts(account).total).toBe(1);
  });

  it('picks up new charges and a refund of an old charge', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 0 }).id;
    const old = control.addCharge(account, {
      amount: 5000,
      created: control.now() - 20 * 86_400,
      description: 'Annual software subscription',
    });
    const token = await connectAccount(h, 'refund-user', account);
    await syncAndWait(h, token);

    control.refundCharge(old['id'] as string, { amount: 2000 });
    const fresh = control.addCharge(account, { amount: 700, description: 'Lunch with client' });
    const run = await syncAndWait(h, token);
    expect(run).toMatchObject({ status: 'SUCCEEDED', full: false, insertedCount: 1 });

    const books = await h.gql<{
      stripeTransactions: { edges: { node: Record<string, unknown> }[] };
    }>(
      `query { stripeTransactions { edges { node { stripeTransactionId amount amountRefunded status category } } } }`,
      {},
      token,
    );
    expect(books.data?.stripeTransactions.edges.map((e) => e.node)).toEqual([
      {
        stripeTransactionId: fresh['id'],
        amount: '7.00',
        amountRefunded: '0.00',
        status: 'succeeded',
        category: 'Meals & Entertainment',
      },
      {
        stripeTransactionId: old['id'],
        amount: '50.00',
        amountRefunded: '20.00',
        status: 'partially_refunded',
        category: 'Software & Subscriptions',
      },
    ]);
  });

  it('falls back to a full import, and says so, when the last sync is older than the event history', async () => {
    const account = h.sandbox.control.createAccount({ charges: 30, seed: 9 }).id;
    const token = await connectAccount(h, 'stale-user', account);
    const em = h.app.services.orm.em.fork();
    const connection = await new ConnectionRepository(em).findByUserId('stale-user');
    const longAgo = Math.floor(Date.now() / 1000) - 40 * 86_400;
    await new ConnectionRepository(em).recordSyncResult(connection?.id as string, {
      nextSyncAt: null,
      syncCursor: JSON.stringify({ c: longAgo, e: longAgo, ids: [] }),
      error: null,
    });
    const run = await syncAndWait(h, token);
    expect(run).toMatchObject({ status: 'SUCCEEDED', full: true });
    expect(run['note']).toMatch(/more than 30 days/);
    expect(await bookIds(h, 'stale-user')).toEqual(await succeededChargeIds(h, account));
  });
});
