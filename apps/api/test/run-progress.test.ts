import { SyncStatus } from '@cora/db';
import { describe, expect, it } from 'vitest';
import { createAppPubSub, type SyncProgressEvent } from '../src/pubsub/pubsub.js';
import { RunProgress } from '../src/modules/sync/run-progress.js';

const RUN = { runId: 'run-1', connectionId: 'connection-1', userId: 'user-1' };
const PAGE = { fetched: 100, inserted: 90, updated: 5, skipped: 5 };
const SUCCEEDED = { status: SyncStatus.SUCCEEDED, errorCode: null, errorMessage: null } as const;

/** Every progress event published while `work` runs, and the `done` one that ends it. */
async function published(work: (pubSub: ReturnType<typeof createAppPubSub>['pubSub']) => void) {
  const { pubSub } = createAppPubSub(undefined);
  const events: SyncProgressEvent[] = [];
  const stream = pubSub.subscribe('SYNC_PROGRESS');
  const collected = (async () => {
    for await (const event of stream) {
      events.push(event);
      if (event.done) break;
    }
  })();
  // The subscription listens once its iterator is first pulled.
  await new Promise((resolve) => setTimeout(resolve, 10));
  work(pubSub);
  await collected;
  return events;
}

describe('run progress', () => {
  it('publishes the start, at most one event per interval, and the end with every page', async () => {
    const events = await published((pubSub) => {
      const progress = new RunProgress(pubSub, RUN, undefined, 60_000);
      progress.start();
      for (let i = 0; i < 500; i++) progress.page(PAGE);
      progress.finish(SUCCEEDED);
    });
    expect(events.map((e) => [e.pagesFetched, e.done])).toEqual([
      [0, false],
      [500, true],
    ]);
    expect(events.at(-1)).toMatchObject({ fetchedCount: 50_000, insertedCount: 45_000 });
  });

  it('publishes the pages left waiting when a slice ends, before the next slice goes on', async () => {
    const events = await published((pubSub) => {
      const first = new RunProgress(pubSub, RUN, undefined, 60_000);
      first.start();
      first.page(PAGE);
      first.page(PAGE);
      first.flush();
      first.flush();
      const soFar = { pages: 2, fetched: 200, inserted: 180, updated: 10, skipped: 10 };
      new RunProgress(pubSub, RUN, soFar, 60_000).finish(SUCCEEDED);
    });
    expect(events.map((e) => [e.pagesFetched, e.done])).toEqual([
      [0, false],
      [2, false],
      [2, true],
    ]);
  });

  it('with no interval publishes after every page', async () => {
    const events = await published((pubSub) => {
      const progress = new RunProgress(pubSub, RUN, undefined, 0);
      progress.start();
      for (let i = 0; i < 3; i++) progress.page(PAGE);
      progress.finish(SUCCEEDED);
    });
    expect(events.map((e) => e.pagesFetched)).toEqual([0, 1, 2, 3, 3]);
  });
});
