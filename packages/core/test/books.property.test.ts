import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcilePayout, settledSums, settlementTotals } from '../src/index.js';

const categories = [
  'charge',
  'refund',
  'dispute',
  'dispute_reversal',
  'fee',
  'payout',
  'payout_reversal',
  'transfer',
  'adjustment',
];
const entry = fc
  .record({
    currency: fc.constantFrom('USD', 'EUR', 'JPY'),
    reportingCategory: fc.constantFrom(...categories),
    amountMinor: fc.integer({ min: -1e12, max: 1e12 }),
    feeMinor: fc.integer({ min: 0, max: 1e9 }),
  })
  .map((e) => ({ ...e, netMinor: e.amountMinor - e.feeMinor }));

describe('books properties', () => {
  it('net − paidOut is the sum of every entry’s net, per currency', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        for (const totals of settlementTotals(entries)) {
          const own = entries.filter((e) => e.currency === totals.currency);
          const balanceChange = own.reduce((sum, e) => sum + BigInt(e.netMinor), 0n);
          expect(totals.net - totals.paidOut).toBe(balanceChange);
          expect(
            totals.charges + totals.refunds + totals.disputes + totals.other - totals.fees,
          ).toBe(totals.net);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('totals of a union are the sums of the totals of its parts', () => {
    fc.assert(
      fc.property(fc.array(entry), fc.array(entry), (a, b) => {
        const whole = settlementTotals([...a, ...b]);
        const parts = [...settlementTotals(a), ...settlementTotals(b)];
        for (const totals of whole) {
          const same = parts.filter((p) => p.currency === totals.currency);
          for (const line of [
            'charges',
            'refunds',
            'disputes',
            'fees',
            'other',
            'net',
            'paidOut',
          ] as const)
            expect(same.reduce((sum, p) => sum + p[line], 0n)).toBe(totals[line]);
        }
      }),
    );
  });

  it('a payout of its settled net is reconciled, any other amount differs by exactly the gap', () => {
    fc.assert(
      fc.property(
        fc.array(entry),
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        (entries, gap) => {
          const sums = settledSums(entries);
          expect(sums.grossMinor - sums.feesMinor).toBe(sums.netMinor);
          const result = reconcilePayout(sums.netMinor + gap, sums);
          expect(result.reconciled).toBe(gap === 0n);
          expect(result.differenceMinor).toBe(gap);
        },
      ),
    );
  });
});
