import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount } from './support/books.js';
import { startHarness, type Harness } from './support/harness.js';
import { collect, wsClient } from './support/ws.js';

interface Progress {
  stripeSyncProgress: {
    runId: string;
    status: string;
    pagesFetched: number;
    fetchedCount: number;
    insertedCount: number;
    updatedCount: number;
    chargesPerSecond: number | null;
    done: boolean;
  };
}

const PROGRESS = `subscription ($runId: ID) {
  stripeSyncProgress(runId: $runId) { runId status pagesFetched fetchedCount insertedCount updatedCount chargesPerSecond done }
}`;
const SYNC = `mutation { syncStripeTransactions(full: true) { id } }`;

describe('live sync progress over graphql-ws', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('sends events as pages are written, in order, and a final one with done: true', async () => {
    const account = h.sandbox.control.createAccount({ charges: 1000, seed: 5 }).id;
    const token = await connectAccount(h, 'live-user', account);
    // Ten pages of charges, each read in at least 60 ms: over half a second, so progress
    // published every 250 ms shows counts while the charges are still coming in.
    h.sandbox.control.setFaults({ latencyMs: 60 }, account);
    const client = wsClient(h, token);
    const stream = collect<Progress>(client, PROGRESS, {}, (e) => e.stripeSyncProgress.done);
    await stream.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));

    const started = await h.gql<{ syncStripeTransactions: { id: string } }>(SYNC, {}, token);
    const events = (await stream.done).map((e) => e.stripeSyncProgress);
    await client.dispose();
    h.sandbox.control.clearFaults(account);

    expect(events.every((e) => e.runId === started.data?.syncStripeTransactions.id)).toBe(true);
    // A start event, then the pages written so far, at most a few times a second: the
    // run's 30-odd pages take over a second, so some show between start and end.
    const pages = events.filter((e) => !e.done).map((e) => e.pagesFetched);
    expect(pages[0]).toBe(0);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.every((n, i) => i === 0 || n > (pages[i - 1] ?? 0))).toBe(true);
    const last = events.at(-1);
    expect(last).toMatchObject({ done: true, status: 'SUCCEEDED' });
    // What the console shows while it runs: charges so far (never going back) and a rate once
    // a page of charges is in; no total, which Stripe's lists do not give.
    expect(events[0]).toMatchObject({ fetchedCount: 0, chargesPerSecond: null });
    const fetched = events.map((e) => e.fetchedCount);
    expect(fetched).toEqual([...fetched].sort((a, b) => a - b));
    // Published a few times a second, not per page: some counts between none and the last.
    expect(fetched.some((n) => n > 0 && n < (last?.fetchedCount ?? 0))).toBe(true);
    for (const event of events.filter((e) => e.fetchedCount > 0)) {
      expect(event.chargesPerSecond).toBeGreaterThan(0);
      expect(event.insertedCount + event.updatedCount).toBeLessThanOrEqual(event.fetchedCount);
    }
    // The closing catch-up pass re-reads the newest second, so a few charges are fetched twice.
    expect(last?.fetchedCount).toBeGreaterThanOrEqual(1000);
    // The final event says what the history records.
    const history = await h.gql<{
      stripeSyncHistory: { edges: { node: Record<string, unknown> }[] };
    }>(
      `query { stripeSyncHistory(first: 1) { edges { node { id pagesFetched fetchedCount insertedCount updatedCount } } } }`,
      {},
      token,
    );
    const { id, ...counts } = history.data?.stripeSyncHistory.edges[0]?.node ?? {};
    expect(id).toBe(last?.runId);
    expect(counts).toEqual({
      pagesFetched: last?.pagesFetched,
      fetchedCount: last?.fetchedCount,
      insertedCount: last?.insertedCount,
      updatedCount: last?.updatedCount,
    });
  });

  it('gives a run’s progress to its owner and to support only', async () => {
    const account = h.sandbox.control.createAccount({ charges: 20 }).id;
    const ownerToken = await connectAccount(h, 'owner-user', account);
    const started = await h.gql<{ syncStripeTransactions: { id: string } }>(SYNC, {}, ownerToken);
    const runId = started.data?.syncStripeTransactions.id;
    await h.app.services.engine.idle();

    const owner = wsClient(h, ownerToken);
    const mine = await collect<Progress>(
      owner,
      PROGRESS,
      { runId },
      (e) => e.stripeSyncProgress.done,
    ).done;
    expect(mine.at(-1)?.stripeSyncProgress).toMatchObject({
      runId,
      done: true,
      status: 'SUCCEEDED',
    });
    await owner.dispose();

    const support = wsClient(h, await h.token('agent', 'support'));
    const seen = await collect<Progress>(
      support,
      PROGRESS,
      { runId },
      (e) => e.stripeSyncProgress.done,
    ).done;
    expect(seen.at(-1)?.stripeSyncProgress.runId).toBe(runId);
    await support.dispose();

    const stranger = wsClient(h, await h.token('stranger'));
    await expect(collect<Progress>(stranger, PROGRESS, { runId }, () => true).done).rejects.toThrow(
      /No such sync run/,
    );
    await stranger.dispose();

    const anonymous = wsClient(h, null);
    await expect(
      collect<Progress>(anonymous, PROGRESS, { runId }, () => true).done,
    ).rejects.toBeDefined();
    await anonymous.dispose();
  });
});
