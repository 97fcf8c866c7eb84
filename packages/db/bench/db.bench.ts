/**
 * `npm run bench -w @cora/db`: bulk upsert throughput, keyset pagination and totals on
 * SQLite, and on PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is a postgres:// URL.
 * BENCH_UPSERT_ROWS (default 100000) and BENCH_TOTAL_ROWS (default 1000000) scale it.
 */
import {
  TransactionRepository,
  StatsRepository,
  createOrm,
  decodeKeyset,
  encodeKeyset,
  migrateUp,
  type Orm,
} from '../src/index.js';
import { CategorySource, type VersionedTransaction } from '@cora/core';
import { scratchPostgres, scratchSqlite, type ScratchDatabase } from '../src/testing/index.js';
import { chargeRow, seedSync } from '../test/support/fixtures.js';

const UPSERT_ROWS = Number(process.env.BENCH_UPSERT_ROWS ?? 100_000);
const TOTAL_ROWS = Number(process.env.BENCH_TOTAL_ROWS ?? 1_000_000);
const PAGE = 100;
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY'];
const CATEGORIES = [
  'Sales',
  'Subscriptions',
  'Services',
  'Refunds',
  'Fees',
  'Travel',
  'Other',
  'Uncategorized',
];
const START = Date.UTC(2023, 0, 1);

function row(n: number): VersionedTransaction {
  return chargeRow(n, {
    stripeId: `ch_${n.toString(36).padStart(10, '0')}`,
    amountMinor: 100 + ((n * 7919) % 500_000),
    currency: CURRENCIES[n % CURRENCIES.length] ?? 'USD',
    description: `Invoice ${n} for customer ${n % 997}`,
    receiptUrl: `https://pay.stripe.com/receipts/${n}`,
    createdAt: new Date(START + n * 60_000),
    metadata: { order_id: String(n), channel: n % 3 === 0 ? 'web' : 'pos' },
    category: CATEGORIES[n % CATEGORIES.length] ?? 'Other',
    categorySource: CategorySource.RULE,
    customerId: `cus_${n % 997}`,
    sourceVersion: 1,
  });
}

async function upsertRange(
  orm: Orm,
  connectionId: string,
  runId: string,
  from: number,
  to: number,
  page: number,
) {
  const totals = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = from; start < to; start += page) {
    const rows = [];
    for (let n = start; n < Math.min(start + page, to); n++) rows.push(row(n));
    const counts = await new TransactionRepository(orm.em.fork()).upsertPage({
      connectionId,
      runId,
      rows,
      checkpoint: { n: start },
    });
    totals.inserted += counts.inserted;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
  }
  return totals;
}

async function median(times: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  await fn();
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => `${n.toFixed(1)} ms`;

async function bench(
  label: string,
  database: ScratchDatabase,
  targetRowsPerSec: number,
): Promise<boolean> {
  const orm = await createOrm({ databaseUrl: database.url });
  let ok = true;
  const check = (pass: boolean, text: string) => {
    ok &&= pass;
    console.log(`  ${pass ? 'ok  ' : 'FAIL'} ${text}`);
  };
  try {
    await migrateUp(orm);
    const { connectionId, runId } = await seedSync(orm.em.fork());
    console.log(`\n${label}`);

    let t0 = performance.now();
    const first = await upsertRange(orm, connectionId, runId, 0, UPSERT_ROWS, PAGE);
    let seconds = (performance.now() - t0) / 1000;
    check(
      first.inserted === UPSERT_ROWS && UPSERT_ROWS / seconds >= targetRowsPerSec,
      `upsert ${fmt(UPSERT_ROWS)} rows in pages of ${PAGE}: ${fmt(UPSERT_ROWS / seconds)} rows/s (target ≥ ${fmt(targetRowsPerSec)}), inserted ${fmt(first.inserted)}`,
    );

    t0 = performance.now();
    const again = await upsertRange(orm, connectionId, runId, 0, UPSERT_ROWS, PAGE);
    seconds = (performance.now() - t0) / 1000;
    check(
      again.inserted === 0 && again.updated === 0,
      `re-upsert the same pages: ${fmt(UPSERT_ROWS / seconds)} rows/s, inserted ${again.inserted}, updated ${again.updated}, unchanged ${fmt(again.unchanged)}`,
    );

    t0 = performance.now();
    await upsertRange(orm, connectionId, runId, UPSERT_ROWS, TOTAL_ROWS, 500);
    console.log(
      `  .... grew to ${fmt(TOTAL_ROWS)} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (database.file === null) {
      // What autovacuum does after a bulk load; makes index-only scans possible.
      await orm.em.fork().execute('vacuum analyze stripe_transaction');
    }

    const repo = new TransactionRepository(orm.em.fork());
    const [oldest] = await orm.em
      .fork()
      .execute<{ created_at: number | string | Date; id: string }[]>(
        'select created_at, id from stripe_transaction where connection_id = ? order by created_at asc, id asc limit 1 offset 50',
        [connectionId],
      );
    if (!oldest) throw new Error('not enough rows');
    const lastCursor = decodeKeyset(
      encodeKeyset({ at: new Date(oldest.created_at), id: oldest.id }),
    );
    const lastPage = await repo.list(connectionId, { first: 50, after: lastCursor });
    const firstMs = await median(21, () =>
      new TransactionRepository(orm.em.fork()).list(connectionId, { first: 50 }),
    );
    const lastMs = await median(21, () =>
      new TransactionRepository(orm.em.fork()).list(connectionId, {
        first: 50,
        after: lastCursor,
      }),
    );
    check(
      lastPage.edges.length === 50 && !lastPage.pageInfo.hasNextPage && lastMs <= firstMs * 1.5,
      `keyset page of 50 over ${fmt(TOTAL_ROWS)} rows: first ${ms(firstMs)}, last ${ms(lastMs)} (${(lastMs / firstMs).toFixed(2)}×, target ≤ 1.5×)`,
    );
    const filteredMs = await median(5, () =>
      new TransactionRepository(orm.em.fork()).list(connectionId, {
        first: 50,
        filter: { category: 'Fees', currency: 'USD' },
      }),
    );
    console.log(`  .... filtered page (category + currency): ${ms(filteredMs)}`);

    const stats = () => new StatsRepository(orm.em.fork());
    const queries: [string, () => Promise<unknown>][] = [
      [
        'list totalCount, no filter',
        () => new TransactionRepository(orm.em.fork()).count(connectionId),
      ],
      ['transaction count', () => stats().transactionCount(connectionId)],
      ['totals per currency', () => stats().totalsByCurrency(connectionId)],
      ['totals per category+currency', () => stats().totalsByCategory(connectionId)],
      [
        'daily volume, 90 days',
        () =>
          stats().dailyVolume(
            connectionId,
            new Date(START + 200 * 86_400_000),
            new Date(START + 290 * 86_400_000),
          ),
      ],
    ];
    for (const [name, query] of queries) {
      const took = await median(5, query);
      check(took < 200, `${name}: ${ms(took)} (target < 200 ms)`);
    }
  } finally {
    await orm.close(true);
    await database.drop();
  }
  return ok;
}

let allOk = await bench(
  'SQLite (better-sqlite3, WAL, synchronous=NORMAL)',
  scratchSqlite('bench.sqlite'),
  30_000,
);

const serverUrl = [process.env.DATABASE_URL, process.env.TEST_DATABASE_URL].find((url) =>
  url?.startsWith('postgres'),
);
if (serverUrl) {
  allOk = (await bench('PostgreSQL', await scratchPostgres(serverUrl), 15_000)) && allOk;
} else {
  console.log('\nPostgreSQL: skipped (set DATABASE_URL or TEST_DATABASE_URL to a postgres:// URL)');
}
process.exitCode = allOk ? 0 : 1;
