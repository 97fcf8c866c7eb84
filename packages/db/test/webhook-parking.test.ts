import { expect, it } from 'vitest';
import { WebhookEventRepository } from '../src/index.js';
import { describeEachDialect } from './support/databases.js';

describeEachDialect('webhook event attempts and parking', (db) => {
  it('counts failed attempts, parks once, lists per account, and unparks for a new round', async () => {
    const repo = new WebhookEventRepository(db().em());
    const old = new Date(Date.now() - 120_000);
    await repo.record('evt_park_1', 'charge.succeeded', 'acct_park_a', { id: 'evt_park_1' }, old);
    await repo.record('evt_park_2', 'charge.succeeded', 'acct_park_b', { id: 'evt_park_2' }, old);
    await repo.record('evt_park_3', 'charge.refunded', 'acct_park_a', { id: 'evt_park_3' }, old);
    const neverAttempted = async () =>
      (await repo.listNeverAttempted(new Date(Date.now() - 60_000)))
        .map((e) => e.eventId)
        .filter((id) => id.startsWith('evt_park_'));
    expect(await neverAttempted()).toEqual(['evt_park_1', 'evt_park_2', 'evt_park_3']);

    expect(await repo.recordFailure('evt_park_1', 'first')).toBe(1);
    expect(await repo.recordFailure('evt_park_1', 'second')).toBe(2);
    expect(await repo.park('evt_park_1')).toBe(true);
    expect(await repo.park('evt_park_1')).toBe(false);
    await repo.recordFailure('evt_park_2', 'boom');
    await repo.park('evt_park_2');
    await repo.markProcessed('evt_park_3', 'processed');
    expect(await repo.park('evt_park_3')).toBe(false);

    expect(await neverAttempted()).toEqual([]);
    const parkedA = await repo.listParked({ account: 'acct_park_a' });
    expect(parkedA.map((e) => [e.eventId, e.attempts, e.lastError])).toEqual([
      ['evt_park_1', 2, 'second'],
    ]);
    expect(await repo.countParked()).toBe(2);

    expect(await repo.unpark('evt_park_1')).toBe(true);
    expect(await repo.unpark('evt_park_3')).toBe(false);
    expect(await repo.findById('evt_park_1')).toMatchObject({ parkedAt: null, attempts: 0 });
    expect(await repo.countParked()).toBe(1);
  });
});
