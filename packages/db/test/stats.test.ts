import { beforeAll, expect, it } from 'vitest';
import {
  StatsRepository,
  StripeTransaction,
  SyncRunRepository,
  SyncStatus,
  TransactionRepository,
} from '../src/index.js';
import { CategorySource, type VersionedTransaction } from '@cora/core';
import { describeEachDialect } from './support/databases.js';
import { execute } from '../src/sql/driver.js';
import { chargeRow, range, seedConnection, seedSync } from './support/fixtures.js';

const day = (d: number, hour = 12): Date => new Date(Date.UTC(2025, 2, d, hour));

describeEachDialect('stats', (db) => {
  let connectionId = '';

  beforeAll(async () => {
    const em = db().em();
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
    const seeded = await seedSync(em, rows);
    connectionId = seeded.connectionId;
    await new SyncRunRepository(em).finishRun(seeded.runId, { status: SyncStatus.SUCCEEDED });
    await seedSync(em, [chargeRow(9, { amountMinor: 5 })]);
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

  it('keeps running totals equal to a full aggregation through every kind of write', async () => {
    const { connectionId: id, runId } = await seedSync(db().em());
    const repo = new TransactionRepository(db().em());
    const page = (rows: VersionedTransaction[]) =>
      repo.upsertPage({ connectionId: id, runId, rows, checkpoint: null });
    await page(range(0, 40).map((n) => chargeRow(n, { currency: n % 2 ? 'EUR' : 'USD' })));
    // Updates that move amount, currency, category and day; a stale row; a duplicate.
    await page([
      chargeRow(1, { amountMinor: 1, sourceVersion: 2_000 }),
      chargeRow(2, { currency: 'GBP', sourceVersion: 2_000 }),
      chargeRow(3, { category: 'Fees', categorySource: CategorySource.RULE, sourceVersion: 2_000 }),
      chargeRow(4, { createdAt: day(20), sourceVersion: 2_000 }),
      chargeRow(5, { amountMinor: 999_999, sourceVersion: 1 }),
      chargeRow(41),
      chargeRow(41),
    ]);
    const six = await db()
      .em()
      .findOneOrFail(StripeTransaction, {
        connection: id,
        stripeId: chargeRow(6).stripeId,
      });
    await repo.setCategory(id, six.id, 'Manual');
    // A MANUAL row updated by Stripe keeps its category in the totals too.
    await page([chargeRow(6, { amountMinor: 5, category: 'Ignored', sourceVersion: 3_000 })]);
    await repo.upsertOne(id, chargeRow(7, { amountMinor: 70, sourceVersion: 3_000 }));
    await repo.recategorize(
      id,
      (row) => ({
        category: row.amountMinor % 3 === 0 ? 'Thirds' : row.category,
        categorySource: CategorySource.RULE,
        categoryRuleId: null,
      }),
      7,
    );

    const full = await execute<{
      category: string;
      currency: string;
      amount: string;
      count: number | string;
    }>(
      db().em(),
      `select category, currency, cast(sum(amount_minor) as text) as amount, count(*) as count
       from stripe_transaction where connection_id = ? group by category, currency order by category, currency`,
      [id],
    );
    const stats = new StatsRepository(db().em());
    expect(await stats.totalsByCategory(id)).toEqual(
      full.map((row) => ({ ...row, count: Number(row.count) })),
    );
    expect(await stats.transactionCount(id)).toBe(41);
    const daily = await stats.dailyVolume(id, new Date(0), day(31));
    expect(daily.reduce((sum, row) => sum + row.count, 0)).toBe(41);
    expect(daily.find((row) => row.day === '2025-03-20')).toMatchObject({
      count: 1,
      currency: 'USD',
    });
  });

  it('lists the categories in the order of their oldest transaction, and filters by several spellings', async () => {
    const em = db().em();
    const seeded = await seedSync(em, [
      chargeRow(21, { category: 'office supplies', createdAt: day(5) }),
      chargeRow(22, { category: 'Donations', createdAt: day(2) }),
      chargeRow(23, { category: 'Office Supplies', createdAt: day(1) }),
      chargeRow(24, { category: 'donations', createdAt: day(9) }),
    ]);
    expect(await new StatsRepository(em).categoryNames(seeded.connectionId)).toEqual([
      'Office Supplies',
      'Donations',
      'office supplies',
      'donations',
    ]);
    const transactions = new TransactionRepository(em);
    const filter = { category: ['Donations', 'donations'] };
    expect(await transactions.count(seeded.connectionId, filter)).toBe(2);
    expect(await transactions.count(seeded.connectionId, { category: 'donations' })).toBe(1);
  });

  it('returns empty totals for a connection without transactions', async () => {
    const empty = await seedConnection(db().em());
    const stats = new StatsRepository(db().em());
    expect(await stats.transactionCount(empty.id)).toBe(0);
    expect(await stats.totalsByCurrency(empty.id)).toEqual([]);
  });
});
