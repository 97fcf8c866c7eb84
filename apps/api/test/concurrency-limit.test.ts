import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit, Overloaded } from '../src/http/concurrency-limit.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('bounded concurrency', () => {
  it('queues a waiter that a slot will serve in time, and grants it the released slot', async () => {
    const limit = new ConcurrencyLimit(1, 4, 1000);
    const release = await limit.acquire();
    const waiting = limit.acquire();
    expect(limit.load).toEqual({ active: 1, queued: 1 });
    release();
    const next = await waiting;
    expect(limit.load).toEqual({ active: 1, queued: 0 });
    next();
    expect(limit.load).toEqual({ active: 0, queued: 0 });
  });

  it('refuses at once a waiter that would wait past the limit, judging by recent holds', async () => {
    const limit = new ConcurrencyLimit(1, 4, 30);
    // Slots lately held for about 60 ms: a new waiter would wait about that long.
    const first = await limit.acquire();
    await sleep(60);
    first();
    const held = await limit.acquire();
    let outcome: unknown = null;
    limit.acquire().then(
      () => (outcome = 'granted'),
      (error: unknown) => (outcome = error),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(outcome).toBeInstanceOf(Overloaded);
    expect((outcome as Overloaded).reason).toBe('queue_timeout');
    expect(limit.load).toEqual({ active: 1, queued: 0 });
    held();
  });

  it('refuses past the queue, whatever the holds', async () => {
    const limit = new ConcurrencyLimit(1, 1, 1000);
    const release = await limit.acquire();
    const queued = limit.acquire();
    await expect(limit.acquire()).rejects.toMatchObject({ reason: 'queue_full' });
    release();
    (await queued)();
  });
});
