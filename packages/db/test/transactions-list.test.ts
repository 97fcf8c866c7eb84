import { beforeAll, expect, it } from 'vitest';
import {
  InvalidCursorError,
  TransactionRepository,
  decodeKeyset,
  encodeKeyset,
} from '../src/index.js';
import { type TransactionFilter, type StoredTransaction } from '@cora/core';
import { describeEachDialect } from './support/databases.js';
import { chargeRow, range, seedSync } from './support/fixtures.js';

const tie = new Date(Date.UTC(2025, 5, 1, 12));

describeEachDialect('transaction list', (db) => {
  let connectionId = '';
  const rows = range(0, 120).map((n) =>
    chargeRow(n, {
      // Twenty rows share one timestamp: the id must break the tie.
      ...(n >= 50 && n < 70 ? { createdAt: tie } : {}),
      currency: n % 3 === 0 ? 'EUR' : 'USD',
      category: n % 4 === 0 ? 'Refunds' : 'Sales',
      description: n === 17 ? 'Discount 100% off_promo' : `Order #${n}`,
    }),
  );

  beforeAll(async () => {
    const em = db().em();
    connectionId = (await seedSync(em, rows)).connectionId;
    await seedSync(em, rows.slice(0, 10));
  });

  async function walk(filter: TransactionFilter, first: number): Promise<StoredTransaction[]> {
    const repo = new TransactionRepository(db().em());
    const seen: StoredTransaction[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page = await repo.list(connectionId, {
        first,
        after: after === null ? null : decodeKeyset(after),
        filter,
      });
      seen.push(...page.edges.map((edge) => edge.node));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
    throw new Error('pagination did not end');
  }

  const newestFirst = (a: StoredTransaction, b: StoredTransaction): number =>
    b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

  it('walks every row once, newest first, across timestamp ties', async () => {
    const seen = await walk({}, 7);
    expect(seen).toHaveLength(120);
    expect(new Set(seen.map((row) => row.id)).size).toBe(120);
    expect(seen.map((row) => row.id)).toEqual([...seen].sort(newestFirst).map((row) => row.id));
  });

  it('filters by category, currency and date range, and counts the same rows', async () => {
    const filter: TransactionFilter = {
      category: 'Refunds',
      currency: 'eur',
      from: chargeRow(12).createdAt,
      to: chargeRow(100).createdAt,
    };
    const seen = await walk(filter, 4);
    const expected = rows.filter(
      (row) =>
        row.category === 'Refunds' &&
        row.currency === 'EUR' &&
        row.createdAt >= chargeRow(12).createdAt &&
        row.createdAt < chargeRow(100).createdAt,
    );
    expect(expected.length).toBeGreaterThan(4);
    expect(seen.map((row) => row.stripeId).sort()).toEqual(
      expected.map((row) => row.stripeId).sort(),
    );
    expect(await new TransactionRepository(db().em()).count(connectionId, filter)).toBe(
      expected.length,
    );
    const repo = new TransactionRepository(db().em());
    const refundsInEur = rows.filter((row) => row.category === 'Refunds' && row.currency === 'EUR');
    expect(await repo.count(connectionId, { category: 'Refunds', currency: 'eur' })).toBe(
      refundsInEur.length,
    );
    expect(await repo.count(connectionId, { currency: 'USD' })).toBe(
      rows.filter((row) => row.currency === 'USD').length,
    );
    expect(await repo.count(connectionId)).toBe(rows.length);
  });

  it('searches descriptions case-insensitively, treating % and _ literally', async () => {
    const repo = new TransactionRepository(db().em());
    const literal = await repo.list(connectionId, { filter: { search: '100% OFF_' } });
    expect(literal.edges.map((edge) => edge.node.stripeId)).toEqual([chargeRow(17).stripeId]);
    expect(await repo.count(connectionId, { search: '%' })).toBe(1);
    expect(await repo.count(connectionId, { search: 'order #11' })).toBe(11); // 11, 110..119
  });

  it('rejects malformed cursors with InvalidCursorError', async () => {
    const repo = new TransactionRepository(db().em());
    for (const after of [
      'not-a-cursor',
      Buffer.from('[1,2,3]').toString('base64url'),
      Buffer.from('["x","y"]').toString('base64url'),
    ]) {
      expect(() => decodeKeyset(after)).toThrow(InvalidCursorError);
    }
    const valid = encodeKeyset({ at: tie, id: 'ffffffff-ffff-7fff-bfff-ffffffffffff' });
    const page = await repo.list(connectionId, { after: decodeKeyset(valid), first: 500 });
    expect(page.edges.every((edge) => edge.node.createdAt <= tie)).toBe(true);
  });
});
