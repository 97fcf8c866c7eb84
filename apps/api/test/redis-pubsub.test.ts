import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount } from './support/books.js';
import { startHarness, type Harness } from './support/harness.js';
import { collect, wsClient } from './support/ws.js';

const redisUrl = process.env['TEST_REDIS_URL'];
if (redisUrl === undefined)
  console.warn(
    '[skipped] subscriptions across instances through Redis: set TEST_REDIS_URL to run it',
  );

interface Progress {
  stripeSyncProgress: { runId: string; pagesFetched: number; done: boolean; status: string };
}

describe.skipIf(redisUrl === undefined)(
  'subscriptions across two API instances through Redis',
  () => {
    let a: Harness;
    let b: Harness;

    beforeAll(async () => {
      const env = { REDIS_URL: redisUrl ?? '' };
      [a, b] = await Promise.all([startHarness({ env }), startHarness({ env })]);
    });
    afterAll(async () => {
      await Promise.all([a.close(), b.close()]);
    });

    it('a subscriber on one instance sees the progress of a sync running on the other', async () => {
      const user = `redis-user-${Date.now()}`;
      const token = await connectAccount(
        a,
        user,
        a.sandbox.control.createAccount({ charges: 350 }).id,
      );
      const client = wsClient(b, await b.token(user));
      const stream = collect<Progress>(
        client,
        `subscription { stripeSyncProgress { runId pagesFetched done status } }`,
        {},
        (e) => e.stripeSyncProgress.done,
      );
      await stream.ready;
      await new Promise((resolve) => setTimeout(resolve, 100));

      const started = await a.gql<{ syncStripeTransactions: { id: string } }>(
        `mutation { syncStripeTransactions(full: true) { id } }`,
        {},
        token,
      );
      const events = (await stream.done).map((e) => e.stripeSyncProgress);
      await client.dispose();
      expect(events.every((e) => e.runId === started.data?.syncStripeTransactions.id)).toBe(true);
      // A start event, then the pages written so far (the charges' five, then the books'), in order.
      const pages = events.filter((e) => !e.done).map((e) => e.pagesFetched);
      expect(pages[0]).toBe(0);
      expect(pages.every((n, i) => i === 0 || n > (pages[i - 1] ?? 0))).toBe(true);
      expect(events.at(-1)?.pagesFetched).toBeGreaterThanOrEqual(6);
      expect(events.at(-1)).toMatchObject({ done: true, status: 'SUCCEEDED' });
    });
  },
);
