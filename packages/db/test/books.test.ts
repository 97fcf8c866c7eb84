import fc from 'fast-check';
import { expect, it } from 'vitest';
import { BOOK_CATEGORIES, settlementTotals, type BalanceEntry } from '@cora/core';
import {
  BalanceEntryRepository,
  PayoutRepository,
  TransactionRepository,
  type VersionedPayout,
} from '../src/index.js';
import { execute } from '../src/sql/driver.js';
import { describeEachDialect } from './support/databases.js';
import { chargeRow, range, seedConnection, seedSync } from './support/fixtures.js';

const at = (n: number): Date => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000);

function entry(n: number, overrides: Partial<BalanceEntry> = {}): BalanceEntry {
  return {
    stripeId: `txn_${String(n).padStart(6, '0')}`,
    type: 'charge',
    reportingCategory: 'charge',
    amountMinor: 1000 + n,
    feeMinor: 59,
    netMinor: 941 + n,
    currency: 'USD',
    exchangeRate: null,
    sourceId: `ch_${String(n).padStart(8, '0')}`,
    chargeId: `ch_${String(n).padStart(8, '0')}`,
    payoutId: null,
    status: 'pending',
    availableOn: at(n + 48),
    createdAt: at(n),
    description: null,
    ...overrides,
  };
}

const payout = (id: string, amountMinor: number, n: number): VersionedPayout => ({
  stripeId: id,
  amountMinor,
  currency: 'USD',
  status: 'in_transit',
  arrivalDate: at(n + 48),
  createdAt: at(n),
  automatic: true,
  balanceTransactionId: `txn_${id}`,
  sourceVersion: 1,
});

describeEachDialect('books', (db) => {
  it('upserts idempotently, keeps known links and lists newest first by keyset', async () => {
    const { id } = await seedConnection(db().em());
    const repo = new BalanceEntryRepository(db().em());
    const page = range(0, 120).map((n) => entry(n));
    await repo.upsert(id, page);
    await repo.upsert(
      id,
      page.map((e) => ({ ...e, chargeId: null, status: 'available' })),
    );
    expect(await repo.count(id)).toBe(120);
    const stored = await repo.findByStripeId(id, 'txn_000007');
    expect(stored).toMatchObject({
      chargeId: 'ch_00000007',
      status: 'available',
      amountMinor: 1007,
    });

    const seen: string[] = [];
    let after = null;
    for (;;) {
      const result = await repo.list(id, { first: 50, after });
      seen.push(...result.edges.map((edge) => edge.node.stripeId));
      if (!result.pageInfo.hasNextPage) break;
      after = { at: result.edges.at(-1)!.node.createdAt, id: result.edges.at(-1)!.node.id };
    }
    expect(seen).toEqual(page.map((e) => e.stripeId).reverse());
  });

  it('writes a copy again only when it changes something', async () => {
    const { id } = await seedConnection(db().em());
    const repo = new BalanceEntryRepository(db().em());
    const page = range(0, 5).map((n) => entry(n));
    await repo.upsert(id, page);
    const updatedAt = async (): Promise<number[]> =>
      (
        await execute<{ updated_at: unknown }>(
          db().em(),
          'select updated_at from stripe_balance_entry where connection_id = ? order by stripe_id',
          [id],
        )
      ).map((row) => new Date(row.updated_at as string | number).getTime());
    const first = await updatedAt();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await repo.upsert(id, page);
    expect(await updatedAt()).toEqual(first);
    await repo.upsert(id, [{ ...page[2]!, status: 'available' }]);
    const [a, b, changed, ...rest] = await updatedAt();
    expect([a, b, ...rest]).toEqual([first[0], first[1], first[3], first[4]]);
    expect(changed).toBeGreaterThan(first[2]!);
    expect((await repo.findByStripeId(id, page[2]!.stripeId))?.status).toBe('available');
  });

  it("gives a sale its charge's category and other lines core's", async () => {
    const { connectionId, runId } = await seedSync(db().em());
    await new TransactionRepository(db().em()).upsertPage({
      connectionId,
      runId,
      rows: [chargeRow(1, { category: 'Transportation', balanceTransactionId: 'txn_000001' })],
      checkpoint: null,
    });
    const repo = new BalanceEntryRepository(db().em());
    await repo.upsert(connectionId, [
      entry(1),
      entry(2, { type: 'refund', reportingCategory: 'refund', sourceId: 're_1', chargeId: null }),
    ]);
    await repo.linkSourcesToCharge(connectionId, new Map([['re_1', 'ch_00000001']]));
    const { edges } = await repo.list(connectionId);
    expect(edges.map((e) => [e.node.stripeId, e.node.category, e.node.chargeId])).toEqual([
      ['txn_000002', BOOK_CATEGORIES.refunds, 'ch_00000001'],
      ['txn_000001', 'Transportation', 'ch_00000001'],
    ]);
    const [transaction] = (await new TransactionRepository(db().em()).list(connectionId)).edges;
    const settlements = await repo.chargeSettlements([transaction!.node.id]);
    expect(settlements.get(transaction!.node.id)).toEqual({
      feeMinor: 59,
      netMinor: 942,
      currency: 'USD',
      exchangeRate: null,
    });
    expect(
      (await repo.list(connectionId, { filter: { chargeId: 'ch_00000001', type: 'refund' } }))
        .edges,
    ).toHaveLength(1);
  });

  it('reconciles payouts against the entries they settled, to the cent', async () => {
    const { id } = await seedConnection(db().em());
    const payouts = new PayoutRepository(db().em());
    await payouts.upsert(id, [payout('po_a', 941 + 942, 10), payout('po_b', 5000, 11)]);
    await payouts.upsert(id, [
      { ...payout('po_a', 941 + 942, 10), status: 'paid', sourceVersion: 2 },
    ]);
    await payouts.upsert(id, [
      { ...payout('po_a', 941 + 942, 10), status: 'pending', sourceVersion: 1 },
    ]);
    expect((await payouts.unlinked(id)).map((p) => p.stripeId)).toEqual(['po_a', 'po_b']);
    await payouts.linkEntries(id, 'po_a', [entry(0, { payoutId: 'po_a' })], false);
    await payouts.linkEntries(id, 'po_a', [entry(1, { payoutId: 'po_a' })], true);
    await payouts.linkEntries(id, 'po_b', [entry(2, { payoutId: 'po_b' })], true);
    expect(await payouts.unlinked(id)).toEqual([]);
    const { edges } = await payouts.list(id);
    expect(edges.map((e) => e.node)).toMatchObject([
      {
        stripeId: 'po_b',
        reconciled: false,
        entryCount: 1,
        netMinor: 943n,
        differenceMinor: 4057n,
      },
      {
        stripeId: 'po_a',
        status: 'paid',
        reconciled: true,
        entryCount: 2,
        grossMinor: 2001n,
        feesMinor: 118n,
        netMinor: 1883n,
        differenceMinor: 0n,
      },
    ]);
    expect(await payouts.count(id)).toBe(2);
  });

  it('sums settlement totals in SQL exactly as core does, for any entries and period', async () => {
    const categories = [
      'charge',
      'refund',
      'dispute',
      'dispute_reversal',
      'fee',
      'payout',
      'payout_reversal',
      'transfer',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            currency: fc.constantFrom('USD', 'EUR', 'JPY'),
            reportingCategory: fc.constantFrom(...categories),
            amountMinor: fc.integer({ min: -1e10, max: 1e10 }),
            feeMinor: fc.integer({ min: 0, max: 1e6 }),
            hour: fc.integer({ min: 0, max: 100 }),
          }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        async (rows, from, to) => {
          const { id } = await seedConnection(db().em());
          const entries = rows.map((row, n) =>
            entry(n, { ...row, netMinor: row.amountMinor - row.feeMinor, createdAt: at(row.hour) }),
          );
          const repo = new BalanceEntryRepository(db().em());
          await repo.upsert(id, entries);
          const inPeriod = entries.filter((e) => e.createdAt >= at(from) && e.createdAt < at(to));
          expect(await repo.settlement(id, { from: at(from), to: at(to) })).toEqual(
            settlementTotals(inPeriod),
          );
          expect(await repo.settlement(id)).toEqual(settlementTotals(entries));
        },
      ),
      { numRuns: 25 },
    );
  });
});
