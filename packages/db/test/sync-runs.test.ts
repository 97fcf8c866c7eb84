import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { expect, it } from 'vitest';
import {
  STALE_RUN_ERROR_CODE,
  SyncRun,
  SyncRunRepository,
  SyncStatus,
  SyncTrigger,
  TransactionRepository,
  RunNotRunningError,
  newId,
  decodeKeyset,
} from '../src/index.js';
import { describeEachDialect } from './support/databases.js';
import { chargeRow, seedConnection } from './support/fixtures.js';

describeEachDialect('sync runs', (db) => {
  it('returns the RUNNING run instead of starting a second one', async () => {
    const connection = await seedConnection(db().em());
    const runs = new SyncRunRepository(db().em());
    const first = await runs.startRun(connection.id, SyncTrigger.MANUAL, false);
    const second = await new SyncRunRepository(db().em()).startRun(
      connection.id,
      SyncTrigger.SCHEDULED,
      true,
    );
    expect(first.created).toBe(true);
    expect(second).toMatchObject({
      created: false,
      run: { id: first.run.id, trigger: SyncTrigger.MANUAL },
    });
    expect((await runs.findRunning(connection.id))?.id).toBe(first.run.id);
  });

  it('has the database refuse a second RUNNING row for a connection', async () => {
    const connection = await seedConnection(db().em());
    const em = db().em();
    const row = (id: string) => ({
      id,
      connection: connection.id,
      trigger: SyncTrigger.MANUAL,
      full: false,
      status: SyncStatus.RUNNING,
      startedAt: new Date(),
      updatedAt: new Date(),
    });
    await em.insert(SyncRun, row(newId()));
    await expect(em.insert(SyncRun, row(newId()))).rejects.toBeInstanceOf(
      UniqueConstraintViolationException,
    );
    // Finished runs do not count: another RUNNING run is accepted once the first ends.
    await em.nativeUpdate(SyncRun, { connection: connection.id }, { status: SyncStatus.SUCCEEDED });
    await expect(em.insert(SyncRun, row(newId()))).resolves.toBeDefined();
  });

  it('lets exactly one of two concurrent starters create the run', async () => {
    const connection = await seedConnection(db().em());
    const peer = await db().peerEm();
    const results = await Promise.all([
      new SyncRunRepository(db().em()).startRun(connection.id, SyncTrigger.MANUAL, false),
      new SyncRunRepository(peer).startRun(connection.id, SyncTrigger.WEBHOOK, false),
      new SyncRunRepository(db().em()).startRun(connection.id, SyncTrigger.SCHEDULED, false),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.run.id)).size).toBe(1);
  });

  it('finishes a run once and then allows a new one', async () => {
    const connection = await seedConnection(db().em());
    const runs = new SyncRunRepository(db().em());
    const { run } = await runs.startRun(connection.id, SyncTrigger.MANUAL, false);
    const failed = await runs.finishRun(run.id, {
      status: SyncStatus.FAILED,
      errorCode: 'RATE_LIMIT',
      errorMessage: 'Stripe asked us to slow down.',
    });
    expect(failed).toMatchObject({ status: SyncStatus.FAILED, errorCode: 'RATE_LIMIT' });
    expect(failed?.finishedAt).toBeInstanceOf(Date);
    expect(await runs.finishRun(run.id, { status: SyncStatus.SUCCEEDED })).toBeNull();
    expect(await runs.findRunning(connection.id)).toBeNull();
    expect((await runs.startRun(connection.id, SyncTrigger.MANUAL, false)).created).toBe(true);
  });

  it('fences off a slice once a later one claims the run: its pages and its finish do not hold', async () => {
    const connection = await seedConnection(db().em());
    const runs = new SyncRunRepository(db().em());
    const { run } = await runs.startRun(connection.id, SyncTrigger.INITIAL, true);
    const page = (slice: number, n: number) =>
      new TransactionRepository(db().em()).upsertPage({
        connectionId: connection.id,
        runId: run.id,
        rows: [chargeRow(n)],
        checkpoint: { startingAfter: `ch_0000000${n}` },
        slice,
      });
    const overrun = await runs.claimSlice(run.id);
    expect(overrun).toBe(1);
    await page(1, 1);
    // Its job expired and another slice took the run over.
    const successor = await runs.claimSlice(run.id);
    expect(successor).toBe(2);
    await expect(page(1, 2)).rejects.toBeInstanceOf(RunNotRunningError);
    expect(await runs.finishRun(run.id, { status: SyncStatus.SUCCEEDED }, overrun ?? 0)).toBeNull();
    await page(2, 3);
    expect(await runs.findById(run.id)).toMatchObject({
      status: SyncStatus.RUNNING,
      pages: 2,
      checkpoint: { startingAfter: 'ch_00000003' },
    });
    expect(
      await runs.finishRun(run.id, { status: SyncStatus.SUCCEEDED }, successor ?? 0),
    ).toMatchObject({ status: SyncStatus.SUCCEEDED });
    expect(await runs.claimSlice(run.id)).toBeNull();
  });

  it('fails stale runs and offers their checkpoint to the next full run', async () => {
    const connection = await seedConnection(db().em());
    const runs = new SyncRunRepository(db().em());
    const { run } = await runs.startRun(connection.id, SyncTrigger.INITIAL, true);
    await new TransactionRepository(db().em()).upsertPage({
      connectionId: connection.id,
      runId: run.id,
      rows: [chargeRow(1)],
      checkpoint: { startingAfter: 'ch_00000001' },
    });
    expect(await runs.resumeCheckpoint(connection.id)).toBeNull();
    expect(await runs.failStaleRuns(new Date(Date.now() - 60_000))).toBe(0);
    expect(await runs.failStaleRuns(new Date(Date.now() + 1_000))).toBeGreaterThanOrEqual(1);
    expect(await runs.findById(run.id)).toMatchObject({
      status: SyncStatus.FAILED,
      errorCode: STALE_RUN_ERROR_CODE,
    });
    expect(await runs.resumeCheckpoint(connection.id)).toEqual({ startingAfter: 'ch_00000001' });

    const next = await runs.startRun(connection.id, SyncTrigger.SCHEDULED, true);
    await runs.finishRun(next.run.id, { status: SyncStatus.SUCCEEDED });
    expect(await runs.resumeCheckpoint(connection.id)).toBeNull();
  });

  it('pages through history newest first and counts runs in SQL', async () => {
    const connection = await seedConnection(db().em());
    const runs = new SyncRunRepository(db().em());
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { run } = await runs.startRun(connection.id, SyncTrigger.MANUAL, false);
      ids.push(run.id);
      await runs.finishRun(run.id, {
        status: i % 2 === 0 ? SyncStatus.SUCCEEDED : SyncStatus.FAILED,
      });
    }
    const first = await runs.history(connection.id, { first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await runs.history(connection.id, {
      first: 3,
      after: decodeKeyset(first.pageInfo.endCursor ?? ''),
    });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.edges, ...rest.edges].map((edge) => edge.node.id);
    expect(seen).toEqual([...ids].reverse());
    expect(await runs.counts(connection.id)).toEqual({ total: 5, failed: 2 });
  });
});
