import { ConnectionRepository, SyncRunRepository } from '@cora/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookIds, connectAccount, succeededChargeIds, syncAndWait } from './support/books.js';
import { startHarness, type Harness } from './support/harness.js';
import { spawnSyncChild, waitFor } from './support/sync-process.js';

const TOTAL = 1200;

describe('crash and resume', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ sandbox: { authorizeCharges: 0 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('resumes a backfill killed with SIGKILL from its checkpoint and ends with the exact set', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: TOTAL, seed: 21 }).id;
    // Connect without the INITIAL import finishing: the child process does the import.
    control.setFaults({ serverErrorShare: 1 }, account);
    await connectAccount(h, 'crash-user', account);
    control.setFaults({ latencyMs: 40 }, account);

    const em = h.app.services.orm.em.fork();
    const connection = await new ConnectionRepository(em).findByUserId('crash-user');
    const { child, exited } = spawnSyncChild(h, connection?.id);
    const runs = new SyncRunRepository(em);
    await waitFor(
      async () => ((await runs.findRunning(connection?.id as string))?.pages ?? 0) >= 3,
      30_000,
    );
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    control.clearFaults(account);

    const orphan = await runs.findRunning(connection?.id as string);
    expect(orphan?.pages).toBeGreaterThanOrEqual(3);
    const fetchedBeforeCrash = orphan?.fetched ?? 0;
    expect(await runs.failStaleRuns(new Date(Date.now() + 1000))).toBe(1);

    const token = await h.token('crash-user');
    const resumed = await syncAndWait(h, token);
    expect(resumed).toMatchObject({ status: 'SUCCEEDED', full: true });
    expect(resumed['note']).toMatch(/Resumed/);
    // It continued after the checkpoint instead of starting again (plus one catch-up page).
    expect(resumed['fetchedCount']).toBeLessThanOrEqual(TOTAL - fetchedBeforeCrash + 100);
    expect(await bookIds(h, 'crash-user')).toEqual(await succeededChargeIds(h, account));
  });
});
