import { ConnectionRepository, SyncRunRepository } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookIds, connectAccount, succeededChargeIds, syncAndWait } from './support/books.js';
import { notePostgresSkipped, postgresUrl } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';
import { spawnSyncChild, waitFor } from './support/sync-process.js';

const TOTAL = 1500;
const PAGE = 100;

/**
 * Holds the lock every page write of the connection takes first (lockConnectionWrites), in a
 * transaction of its own, until `release()`: page writes wait, Stripe reads go on.
 */
async function holdWriteLock(em: SqlEntityManager, connectionId: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holding = em.fork().transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [connectionId]);
    locked();
    await released;
  });
  await isLocked;
  return async () => {
    release();
    await holding;
  };
}

notePostgresSkipped('crash with a page in flight');

describe.skipIf(postgresUrl === undefined)('crash with a page in flight', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ postgres: postgresUrl, sandbox: { authorizeCharges: 0 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('killed after reading page N+1 before page N committed, resumes exactly after N-1', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: TOTAL, seed: 33 }).id;
    control.setFaults({ serverErrorShare: 1 }, account);
    await connectAccount(h, 'in-flight-user', account);
    control.clearFaults(account);
    const em = h.app.services.orm.em.fork();
    const connectionId = (await new ConnectionRepository(em).findByUserId('in-flight-user'))?.id;
    if (connectionId === undefined) throw new Error('not connected');
    control.resetRequests();

    const { child, exited } = spawnSyncChild(h, connectionId);
    const runs = new SyncRunRepository(em);
    const committedPages = async () => (await runs.findRunning(connectionId))?.pages ?? 0;
    await waitFor(async () => (await committedPages()) >= 2, 60_000);
    const release = await holdWriteLock(em, connectionId);
    const chargePagesRead = () =>
      control
        .requestLog({ account })
        .filter((entry) => entry.path.startsWith('/v1/charges?') && entry.status === 200).length;
    // Page N (the first not committed) waits for the lock; page N+1 was read once the request
    // for page N+2 went out. Then the process dies.
    let committed = 0;
    await waitFor(async () => {
      committed = await committedPages();
      return chargePagesRead() >= committed + 3;
    }, 60_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await release();

    const orphan = await runs.findRunning(connectionId);
    expect(orphan?.pages).toBe(committed);
    expect(orphan?.fetched).toBe(committed * PAGE);
    expect(committed * PAGE).toBeLessThan(TOTAL);
    // Exactly the committed pages are in the books: page N's rows died with the process.
    const stored = await bookIds(h, 'in-flight-user');
    expect(stored).toHaveLength(orphan?.inserted ?? -1);
    const checkpoint = orphan?.checkpoint as { startingAfter?: string } | null;
    const afterCheckpoint = `starting_after=${checkpoint?.startingAfter ?? '?'}`;
    expect(control.requestLog({ account }).some((e) => e.path.includes(afterCheckpoint))).toBe(
      true,
    );

    expect(await runs.failStaleRuns(new Date(Date.now() + 1000))).toBe(1);
    const resumed = await syncAndWait(h, await h.token('in-flight-user'));
    expect(resumed).toMatchObject({ status: 'SUCCEEDED', full: true });
    // It went on after page N-1: page N and every later page read once (plus the catch-up
    // pass's newest second), none skipped, none written twice.
    expect(resumed['fetchedCount']).toBeGreaterThanOrEqual(TOTAL - committed * PAGE);
    expect(resumed['fetchedCount']).toBeLessThanOrEqual(TOTAL - committed * PAGE + PAGE);
    const all = await succeededChargeIds(h, account);
    expect((orphan?.inserted ?? 0) + Number(resumed['insertedCount'])).toBe(all.length);
    expect(await bookIds(h, 'in-flight-user')).toEqual(all);
  });
});
