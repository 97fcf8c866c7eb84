import { expect, it } from 'vitest';
import { ConnectionRepository } from '../src/index.js';
import { describeEachDialect } from './support/databases.js';
import { seedConnection } from './support/fixtures.js';

const YEAR_MS = 365 * 86_400_000;

describeEachDialect('scheduler claim under concurrency', (db, dialect) => {
  it.runIf(dialect === 'postgresql')(
    'skips a row another transaction holds instead of waiting for it',
    async () => {
      const now = new Date(Date.now() + YEAR_MS);
      const em = db().em();
      const locked = await seedConnection(em, { nextSyncAt: new Date(now.getTime() - 1) });
      const free = await seedConnection(em, { nextSyncAt: new Date(now.getTime() - 1) });
      const holder = (await db().openSecond()).em.fork();
      await holder.begin();
      try {
        await holder.execute('select id from stripe_connection where id = ? for update', [
          locked.id,
        ]);
        const claimed = await new ConnectionRepository(db().em()).claimDue(now, 10, 60_000);
        expect(claimed.map((c) => c.id)).toEqual([free.id]);
      } finally {
        await holder.rollback();
      }
      const later = await new ConnectionRepository(db().em()).claimDue(now, 10, 60_000);
      expect(later.map((c) => c.id)).toEqual([locked.id]);
      for (const { id } of [locked, free]) await new ConnectionRepository(em).markDisconnected(id);
    },
  );

  it('never hands one connection to two claimers racing in rounds', async () => {
    const em = db().em();
    const start = Date.now() + 10 * YEAR_MS;
    await Promise.all(
      Array.from({ length: 40 }, () => seedConnection(em, { nextSyncAt: new Date(start - 1) })),
    );
    const claimers = [db().em(), await db().peerEm(), await db().peerEm(), await db().peerEm()];
    const times = new Map<string, number>();
    // Leases (10 min) outlive the rounds (1 min apart): nobody may get a connection twice.
    for (let round = 0; round < 3; round++) {
      const now = new Date(start + round * 60_000);
      const results = await Promise.all(
        claimers.map((claimer) => new ConnectionRepository(claimer).claimDue(now, 7, 600_000)),
      );
      for (const connection of results.flat()) {
        times.set(connection.id, (times.get(connection.id) ?? 0) + 1);
      }
    }
    // 4 claimers x 7 per round and 40 due: 28 in the first round, the last 12 in the second.
    expect(times.size).toBe(40);
    expect([...times.values()].every((count) => count === 1)).toBe(true);
  });
});
