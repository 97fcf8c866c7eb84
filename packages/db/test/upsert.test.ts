import { expect, it } from 'vitest';
import {
  RunNotRunningError,
  StripeTransaction,
  SyncRunRepository,
  SyncStatus,
  TransactionRepository,
} from '../src/index.js';
import { CategorySource } from '@cora/core';
import { describeEachDialect } from './support/databases.js';
import { chargeRow, range, seedSync } from './support/fixtures.js';

describeEachDialect('bulk upsert', (db) => {
  const startedRun = () => seedSync(db().em());

  it('inserts a page, then reports the same page as unchanged', async () => {
    const { connectionId, runId } = await startedRun();
    const rows = range(0, 150).map((n) => chargeRow(n));
    const repo = new TransactionRepository(db().em());
    expect(await repo.upsertPage({ connectionId, runId, rows, checkpoint: { page: 1 } })).toEqual({
      inserted: 150,
      updated: 0,
      unchanged: 0,
    });
    expect(await repo.upsertPage({ connectionId, runId, rows, checkpoint: { page: 2 } })).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 150,
    });
    expect(await repo.count(connectionId)).toBe(150);
    const stored = await db()
      .em()
      .findOneOrFail(StripeTransaction, { connection: connectionId, stripeId: 'ch_00000007' });
    expect(stored).toMatchObject({
      amountMinor: 1007,
      currency: 'USD',
      metadata: { order: '7' },
      refunded: false,
      createdAt: chargeRow(7).createdAt,
    });
  });

  it('stores the checkpoint and adds the counters to the run in the same call', async () => {
    const { connectionId, runId } = await startedRun();
    const repo = new TransactionRepository(db().em());
    await repo.upsertPage({
      connectionId,
      runId,
      rows: range(0, 10).map((n) => chargeRow(n)),
      checkpoint: { after: 'ch_9' },
    });
    const changed = range(0, 10).map((n) =>
      chargeRow(n, { amountRefunded: n < 4 ? 100 : 0, sourceVersion: 2_000 }),
    );
    await repo.upsertPage({
      connectionId,
      runId,
      rows: changed,
      checkpoint: { after: 'ch_9b' },
      fetched: 12,
    });
    const run = await new SyncRunRepository(db().em()).findById(runId);
    expect(run).toMatchObject({
      pages: 2,
      fetched: 22,
      inserted: 10,
      updated: 4,
      skipped: 8,
      checkpoint: { after: 'ch_9b' },
    });
  });

  it('updates changed rows and keeps a MANUAL category', async () => {
    const { connectionId, runId } = await startedRun();
    const repo = new TransactionRepository(db().em());
    await repo.upsertPage({
      connectionId,
      runId,
      rows: [chargeRow(1), chargeRow(2)],
      checkpoint: null,
    });
    const first = await db()
      .em()
      .findOneOrFail(StripeTransaction, { connection: connectionId, stripeId: 'ch_00000001' });
    await new TransactionRepository(db().em()).setCategory(connectionId, first.id, 'Consulting');

    const recategorized = {
      category: 'Travel',
      categorySource: CategorySource.RULE,
      categoryRuleId: 'rule-1',
      sourceVersion: 2_000,
    };
    const counts = await repo.upsertPage({
      connectionId,
      runId,
      rows: [
        chargeRow(1, { ...recategorized, description: 'Refunded order', refunded: true }),
        chargeRow(2, recategorized),
      ],
      checkpoint: null,
    });
    expect(counts).toEqual({ inserted: 0, updated: 2, unchanged: 0 });
    const em = db().em();
    const manual = await em.findOneOrFail(StripeTransaction, {
      connection: connectionId,
      stripeId: 'ch_00000001',
    });
    expect(manual).toMatchObject({
      category: 'Consulting',
      categorySource: CategorySource.MANUAL,
      description: 'Refunded order',
      refunded: true,
    });
    const ruled = await em.findOneOrFail(StripeTransaction, {
      connection: connectionId,
      stripeId: 'ch_00000002',
    });
    expect(ruled).toMatchObject({
      category: 'Travel',
      categorySource: CategorySource.RULE,
      categoryRuleId: 'rule-1',
    });

    // A MANUAL row whose Stripe content did not change is unchanged, whatever the rules say.
    const again = await repo.upsertPage({
      connectionId,
      runId,
      rows: [
        chargeRow(1, {
          ...recategorized,
          description: 'Refunded order',
          refunded: true,
          category: 'Other',
        }),
      ],
      checkpoint: null,
    });
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it('ignores a row older than the stored version, and cannot be fooled after a same-content bump', async () => {
    const { connectionId, runId } = await startedRun();
    const repo = new TransactionRepository(db().em());
    await repo.upsertPage({
      connectionId,
      runId,
      rows: [chargeRow(5, { sourceVersion: 5_000, status: 'succeeded' })],
      checkpoint: null,
    });
    const stale = await repo.upsertPage({
      connectionId,
      runId,
      rows: [chargeRow(5, { sourceVersion: 4_000, status: 'failed' })],
      checkpoint: null,
    });
    expect(stale).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    // Same content, newer version: nothing changes, but the newer version is remembered.
    await repo.upsertPage({
      connectionId,
      runId,
      rows: [chargeRow(5, { sourceVersion: 7_000 })],
      checkpoint: null,
    });
    const older = await repo.upsertOne(
      connectionId,
      chargeRow(5, { sourceVersion: 6_000, status: 'failed' }),
    );
    expect(older.outcome).toBe('stale');
    expect(older.transaction).toMatchObject({ status: 'succeeded', sourceVersion: 7_000 });
  });

  it('upsertOne reports each outcome and returns the stored row', async () => {
    const { connectionId } = await startedRun();
    const repo = new TransactionRepository(db().em());
    const inserted = await repo.upsertOne(connectionId, chargeRow(40));
    expect(inserted.outcome).toBe('inserted');
    expect((await repo.upsertOne(connectionId, chargeRow(40))).outcome).toBe('unchanged');
    const updated = await repo.upsertOne(
      connectionId,
      chargeRow(40, { disputed: true, sourceVersion: 9_000 }),
    );
    expect(updated.outcome).toBe('updated');
    expect(updated.transaction).toMatchObject({ id: inserted.transaction.id, disputed: true });
  });

  it('keeps the newest of duplicate rows within one page', async () => {
    const { connectionId, runId } = await startedRun();
    const repo = new TransactionRepository(db().em());
    const counts = await repo.upsertPage({
      connectionId,
      runId,
      rows: [
        chargeRow(3, { sourceVersion: 2, status: 'succeeded' }),
        chargeRow(3, { sourceVersion: 1, status: 'pending' }),
      ],
      checkpoint: null,
    });
    expect(counts).toEqual({ inserted: 1, updated: 0, unchanged: 1 });
    const row = await db()
      .em()
      .findOneOrFail(StripeTransaction, { connection: connectionId, stripeId: 'ch_00000003' });
    expect(row.status).toBe('succeeded');
  });

  it('writes nothing when the run is no longer RUNNING', async () => {
    const { connectionId, runId } = await startedRun();
    await new SyncRunRepository(db().em()).finishRun(runId, {
      status: SyncStatus.FAILED,
      errorCode: 'INTERNAL',
    });
    const repo = new TransactionRepository(db().em());
    await expect(
      repo.upsertPage({ connectionId, runId, rows: [chargeRow(1)], checkpoint: { page: 1 } }),
    ).rejects.toBeInstanceOf(RunNotRunningError);
    expect(await repo.count(connectionId)).toBe(0);
  });
});
