import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookIds, connectAccount, succeededChargeIds, syncAndWait } from './support/books.js';
import { eachDatabase } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';

describe.each(eachDatabase('sync backfill'))('full backfill on %s', (_name, postgres) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ postgres });
  });
  afterAll(async () => {
    await h.close();
  });

  it('imports exactly the succeeded charges, across same-second ties at page boundaries', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 0 }).id;
    const second = control.now() - 3600;
    // 250 charges in one second straddle two page boundaries; failed ones are skipped.
    for (let i = 0; i < 250; i += 1) {
      control.addCharge(account, {
        amount: 100 + i,
        created: second,
        status: i % 25 === 0 ? 'failed' : 'succeeded',
      });
    }
    for (let i = 0; i < 60; i += 1)
      control.addCharge(account, { amount: 500, created: second - 100 - i, currency: 'jpy' });

    const token = await connectAccount(h, 'backfill-user', account);

    const expected = await succeededChargeIds(h, account);
    expect(expected).toHaveLength(300);
    expect(await bookIds(h, 'backfill-user')).toEqual(expected);

    const history = await h.gql<{
      stripeSyncHistory: { edges: { node: Record<string, unknown> }[] };
    }>(
      `query { stripeSyncHistory { totalCount edges { node { trigger full status fetchedCount insertedCount skippedCount pagesFetched } } } }`,
      {},
      token,
    );
    expect(history.data?.stripeSyncHistory.edges[0]?.node).toMatchObject({
      trigger: 'INITIAL',
      full: true,
      status: 'SUCCEEDED',
      insertedCount: 300,
      skippedCount: 10,
    });
  });

  it('ends with the exact set when charges are created while it pages', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 420, seed: 7 }).id;
    control.setFaults({ chargesWhilePaging: 2 }, account);
    const token = await connectAccount(h, 'moving-user', account);
    const firstRun = await h.gql<{ stripeSyncHistory: { edges: { node: { status: string } }[] } }>(
      `query { stripeSyncHistory(first: 1) { edges { node { status } } } }`,
      {},
      token,
    );
    expect(firstRun.data?.stripeSyncHistory.edges[0]?.node.status).toBe('SUCCEEDED');

    control.clearFaults(account);
    // What was created during the last pages is picked up by the next incremental sync.
    const next = await syncAndWait(h, token);
    expect(next).toMatchObject({ status: 'SUCCEEDED', full: false });
    expect(await bookIds(h, 'moving-user')).toEqual(await succeededChargeIds(h, account));
  });

  it('keeps a category a person set through a full re-import', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 0 }).id;
    control.addCharge(account, { amount: 1200, description: 'Uber to the airport' });
    const token = await connectAccount(h, 'manual-user', account);
    const list = await h.gql<{
      stripeTransactions: { edges: { node: { id: string; category: string } }[] };
    }>(`query { stripeTransactions { edges { node { id category } } } }`, {}, token);
    const tx = list.data?.stripeTransactions.edges[0]?.node;
    expect(tx?.category).toBe('Transportation');
    await h.gql(
      `mutation ($id: ID!) { setTransactionCategory(id: $id, category: "Travel") { id } }`,
      { id: tx?.id },
      token,
    );

    expect(await syncAndWait(h, token, true)).toMatchObject({ status: 'SUCCEEDED', full: true });
    const after = await h.gql<{
      stripeTransactions: { edges: { node: Record<string, unknown> }[] };
    }>(`query { stripeTransactions { edges { node { category categorySource } } } }`, {}, token);
    expect(after.data?.stripeTransactions.edges[0]?.node).toEqual({
      category: 'Travel',
      categorySource: 'MANUAL',
    });
  });
});
