import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import type { StoredTransaction, TransactionFilter, VersionedTransaction } from '@cora/core';
import {
  ConnectionRepository,
  StripeConnection,
  type StripeConnectionEntity,
  TransactionRepository,
  type Keyset,
} from '../src/index.js';
import { describeEachDialect } from './support/databases.js';
import { chargeRow, range, seedConnection, seedSync } from './support/fixtures.js';

const SEED = 20_261_126;

// Text that once shifted placeholders or escaped badly, next to case pairs both engines fold
// differently (SQLite's lower() is ASCII only).
const tricky = fc.constantFrom(
  '?',
  '??',
  '? ?? ?',
  "'",
  "''",
  '"',
  '%',
  '_',
  '\\',
  '\\?',
  '$1',
  '😀',
  'É',
  'é',
  'ß',
  'İ',
  'Σ',
  'Straße',
  'a',
  'A',
  ' ',
);
/** Any well-formed Unicode except NUL (PostgreSQL text cannot hold it). */
const unicode = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength })
    .map((parts) => parts.join(''))
    .filter((text) => !text.includes('\0') && !/\p{Cs}/u.test(text));
const nonEmpty = (maxLength: number): fc.Arbitrary<string> =>
  unicode(maxLength).filter((text) => text.length > 0);

/** Upper- or lower-cases each character at random, so searches must fold case. */
const recased = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: [...text].length, maxLength: [...text].length })
    .map((flips) =>
      [...text].map((ch, i) => (flips[i] === true ? ch.toUpperCase() : ch.toLowerCase())).join(''),
    );

/** A piece of `text` (code points), re-cased. */
const pieceOf = (text: string): fc.Arbitrary<string> => {
  const points = [...text];
  return fc
    .tuple(fc.nat(points.length), fc.nat(points.length))
    .map(([a, b]) => points.slice(Math.min(a, b), Math.max(a, b)).join(''))
    .filter((piece) => piece.length > 0)
    .chain(recased);
};

const newestFirst = (a: StoredTransaction, b: StoredTransaction): number =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The list's contract, in plain TypeScript over the seeded rows. */
function reference(
  rows: readonly StoredTransaction[],
  filter: TransactionFilter,
  after: Keyset | null,
): StoredTransaction[] {
  return rows
    .filter((row) => !filter.category || row.category === filter.category)
    .filter((row) => !filter.currency || row.currency === filter.currency.toUpperCase())
    .filter((row) => !filter.from || row.createdAt >= filter.from)
    .filter((row) => !filter.to || row.createdAt < filter.to)
    .filter(
      (row) =>
        !filter.search ||
        (row.description ?? '').toLowerCase().includes(filter.search.toLowerCase()),
    )
    .filter(
      (row) =>
        after === null ||
        row.createdAt < after.at ||
        (row.createdAt.getTime() === after.at.getTime() && row.id < after.id),
    )
    .sort(newestFirst);
}

describeEachDialect('transaction list against a reference filter (property)', (db) => {
  const base = Date.UTC(2025, 0, 1);
  let connectionId = '';
  let stored: StoredTransaction[] = [];
  let descriptions: string[] = [];
  let categories: string[] = [];

  beforeAll(async () => {
    categories = fc.sample(nonEmpty(6), { numRuns: 12, seed: SEED });
    descriptions = fc.sample(unicode(12), { numRuns: 300, seed: SEED + 1 });
    const rows: VersionedTransaction[] = range(0, 300).map((n) =>
      chargeRow(n, {
        description: n % 29 === 0 ? null : (descriptions[n] ?? ''),
        category: categories[n % categories.length] ?? 'Sales',
        currency: ['USD', 'EUR', 'JPY'][n % 3] ?? 'USD',
        // Minutes apart, with runs of equal timestamps the id must order.
        createdAt: new Date(base + Math.floor(n / 4) * 60_000),
      }),
    );
    connectionId = (await seedSync(db().em(), rows)).connectionId;
    // A second connection's rows must never show.
    await seedSync(db().em(), rows.slice(0, 20));
    const repo = new TransactionRepository(db().em());
    const page = await repo.list(connectionId, { first: 500 });
    stored = page.edges.map((edge) => edge.node);
    expect(stored).toHaveLength(300);
  });

  /** Present in `percent` of the cases. */
  const sometimes = <T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> =>
    fc.integer({ min: 1, max: 100 }).chain((n) => (n <= percent ? arb : fc.constant(undefined)));

  const filterArb = (): fc.Arbitrary<TransactionFilter> =>
    fc
      .tuple(
        sometimes(
          fc.oneof(
            { arbitrary: nonEmpty(4), weight: 1 },
            {
              arbitrary: fc
                .constantFrom(...descriptions.filter((d) => d.length > 0))
                .chain(pieceOf),
              weight: 3,
            },
          ),
          80,
        ),
        sometimes(fc.oneof(nonEmpty(4), fc.constantFrom(...categories)), 25),
        sometimes(fc.oneof(nonEmpty(3), fc.constantFrom('usd', 'EUR', 'jpY', 'gbp')), 25),
        sometimes(fc.integer({ min: -10, max: 80 }), 20),
        sometimes(fc.integer({ min: 0, max: 90 }), 20),
      )
      .map(([search, category, currency, from, to]) => ({
        ...(search === undefined ? {} : { search }),
        ...(category === undefined ? {} : { category }),
        ...(currency === undefined ? {} : { currency }),
        ...(from === undefined ? {} : { from: new Date(base + from * 60_000) }),
        ...(to === undefined ? {} : { to: new Date(base + to * 60_000) }),
      }));

  const afterArb = (): fc.Arbitrary<Keyset | null> =>
    fc.oneof(
      fc.constant(null),
      fc.constantFrom(...stored).map((row) => ({ at: row.createdAt, id: row.id })),
      fc
        .tuple(fc.integer({ min: -5, max: 80 }), fc.uuid({ version: 7 }))
        .map(([m, id]) => ({ at: new Date(base + m * 60_000), id })),
    );

  it('lists and counts exactly the rows the reference filter keeps, honouring first', async () => {
    const repo = new TransactionRepository(db().em());
    await fc.assert(
      fc.asyncProperty(
        filterArb(),
        afterArb(),
        fc.integer({ min: 1, max: 40 }),
        async (filter, after, first) => {
          const expected = reference(stored, filter, after);
          const page = await repo.list(connectionId, { first, after, filter });
          expect(page.edges.length).toBeLessThanOrEqual(first);
          expect(page.edges.map((edge) => edge.node.id)).toEqual(
            expected.slice(0, first).map((row) => row.id),
          );
          expect(page.pageInfo.hasNextPage).toBe(expected.length > first);
          expect(await repo.count(connectionId, filter)).toBe(
            reference(stored, filter, null).length,
          );
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });
});

describeEachDialect('support connection search against a reference (property)', (db) => {
  let ids: string[] = [];
  let all: StripeConnectionEntity[] = [];

  beforeAll(async () => {
    ids = fc.sample(nonEmpty(8), { numRuns: 60, seed: SEED + 2 });
    const seen = new Set<string>();
    for (const [n, id] of ids.entries()) {
      if (seen.has(id)) continue;
      seen.add(id);
      await seedConnection(db().em(), { userId: id, stripeAccountId: `${ids[n + 1] ?? ''}#${n}` });
    }
    all = await db().em().find(StripeConnection, {});
  });

  it('finds the connections whose user or account id starts with the search', async () => {
    const repo = new ConnectionRepository(db().em());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          nonEmpty(4),
          fc
            .constantFrom(...ids)
            .map((id) => [...id])
            .chain((points) =>
              fc.nat({ max: points.length - 1 }).map((n) => points.slice(0, n + 1).join('')),
            ),
        ),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(10),
        async (search, first, offset) => {
          const matching = all
            .filter(
              (c) => c.userId.startsWith(search) || (c.stripeAccountId ?? '').startsWith(search),
            )
            .sort(
              (a, b) =>
                b.updatedAt.getTime() - a.updatedAt.getTime() ||
                (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
            );
          const { items, totalCount } = await repo.listForSupport({ search, first, offset });
          expect(totalCount).toBe(matching.length);
          expect(items.map((c) => c.id)).toEqual(
            matching.slice(offset, offset + first).map((c) => c.id),
          );
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });
});
