import { beforeAll, expect, it } from 'vitest';
import {
  StatsRepository,
  SyncRunRepository,
  SyncStatus,
  SyncTrigger,
  TransactionRepository,
} from '../src/index.js';
import { describeEachDialect } from './support/databases.js';
import { chargeRow, seedConnection } from './support/fixtures.js';

const day = (d: number, hour = 12): Date => new Date(Date.UTC(2025, 2, d, hour));

describeEachDialect('stats', (db) => {
  let connectionId = '';

  beforeAll(async () => {
    const em = db().em();
    connectionId = (await seedConnection(em)).id;
    const { run } = await new SyncRunRepository(em).startRun(
      connectionId,
      SyncTrigger.INITIAL,
      true,
    );
    // Large amounts: sums beyond 2^31 must stay exact.
    const rows = [
      chargeRow(1, {
        amountMinor: 2_000_000_000,
        currency: 'USD',
        category: 'Sales',
        createdAt: day(1),
      }),
      chargeRow(2, {
        amountMinor: 2_000_000_001,
        currency: 'USD',
        category: 'Sales',
        createdAt: day(1, 23),
      }),
      chargeRow(3, { amountMinor: 2500, currency: 'JPY', category: 'Sales', createdAt: day(2, 0) }),
      chargeRow(4, { amountMinor: 1999, currency: 'USD', category: 'Fees', createdAt: day(2) }),
      chargeRow(5, { amountMinor: 7, currency: 'KWD', category: 'Fees', createdAt: day(3) }),
    ];
    await new TransactionRepository(em).upsertPage({
      connectionId,
      runId: run.id,
      rows,
      checkpoint: null,
    });
    await new SyncRunRepository(em).finishRun(run.id, { status: SyncStatus.SUCCEEDED });
    const other = await seedConnection(em);
    const { run: otherRun } = await new SyncRunRepository(em).startRun(
      other.id,
      SyncTrigger.INITIAL,
      true,
    );
    await new TransactionRepository(em).upsertPage({
      connectionId: other.id,
      runId: otherRun.id,
      rows: [chargeRow(9, { amountMinor: 5 })],
      checkpoint: null,
    });
  });

  it('counts and sums per currency, never across currencies', async () => {
    const stats = new StatsRepository(db().em());
    expect(await stats.transactionCount(connectionId)).toBe(5);
    expect(await stats.totalsByCurrency(connectionId)).toEqual([
      { currency: 'JPY', amount: '2500', count: 1 },
      { currency: 'KWD', amount: '7', count: 1 },
      { currency: 'USD', amount: '4000002000', count: 3 },
    ]);
  });

  it('sums per category and currency', async () => {
    expect(await new StatsRepository(db().em()).totalsByCategory(connectionId)).toEqual([
      { category: 'Fees', currency: 'KWD', amount: '7', count: 1 },
      { category: 'Fees', currency: 'USD', amount: '1999', count: 1 },
      { category: 'Sales', currency: 'JPY', amount: '2500', count: 1 },
      { category: 'Sales', currency: 'USD', amount: '4000000001', count: 2 },
    ]);
  });

  it('builds a daily series per UTC day and currency within the range', async () => {
    expect(
      await new StatsRepository(db().em()).dailyVolume(connectionId, day(1, 0), day(3, 0)),
    ).toEqual([
      { day: '2025-03-01', currency: 'USD', amount: '4000000001', count: 2 },
      { day: '2025-03-02', currency: 'JPY', amount: '2500', count: 1 },
      { day: '2025-03-02', currency: 'USD', amount: '1999', count: 1 },
    ]);
  });

  it('returns empty totals for a connection without transactions', async () => {
    const empty = await seedConnection(db().em());
    const stats = new StatsRepository(db().em());
    expect(await stats.transactionCount(empty.id)).toBe(0);
    expect(await stats.totalsByCurrency(empty.id)).toEqual([]);
  });
});
