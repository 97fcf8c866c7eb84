import { describe, expect, it } from 'vitest';
import {
  BOOK_CATEGORIES,
  bookCategory,
  BooksParseError,
  importBalanceTransaction,
  importPayout,
  reconcilePayout,
  SALES_CATEGORY,
  settledSums,
  settlementTotals,
} from '../src/index.js';

// Stripe's documented example of a balance transaction (API reference, "The Balance Transaction object").
const charge = {
  id: 'txn_1MiN3gLkdIwHu7ixxapQrznl',
  object: 'balance_transaction',
  amount: -400,
  available_on: 1678043844,
  created: 1678043844,
  currency: 'usd',
  description: null,
  exchange_rate: null,
  fee: 0,
  fee_details: [],
  net: -400,
  reporting_category: 'transfer',
  source: 'tr_1MiN3gLkdIwHu7ixNiiD8Dwc',
  status: 'available',
  type: 'transfer',
};

describe('importBalanceTransaction', () => {
  it("maps Stripe's example field by field", () => {
    expect(importBalanceTransaction(charge)).toEqual({
      stripeId: 'txn_1MiN3gLkdIwHu7ixxapQrznl',
      type: 'transfer',
      reportingCategory: 'transfer',
      amountMinor: -400,
      feeMinor: 0,
      netMinor: -400,
      currency: 'USD',
      exchangeRate: null,
      sourceId: 'tr_1MiN3gLkdIwHu7ixNiiD8Dwc',
      chargeId: null,
      payoutId: null,
      status: 'available',
      availableOn: new Date(1678043844000),
      createdAt: new Date(1678043844000),
      description: null,
    });
  });

  it('links a charge entry to its charge, and an expanded refund to its charge', () => {
    const sale = { ...charge, type: 'charge', reporting_category: 'charge', source: 'ch_1' };
    expect(importBalanceTransaction(sale).chargeId).toBe('ch_1');
    const refund = {
      ...charge,
      type: 'refund',
      reporting_category: 'refund',
      source: { id: 're_1', object: 'refund', charge: 'ch_2' },
    };
    expect(importBalanceTransaction(refund)).toMatchObject({ sourceId: 're_1', chargeId: 'ch_2' });
  });

  it("records the settling payout on every entry but the payout's own", () => {
    const own = { ...charge, type: 'payout', reporting_category: 'payout', source: 'po_1' };
    expect(importBalanceTransaction(own, 'po_1').payoutId).toBeNull();
    expect(importBalanceTransaction(charge, 'po_1').payoutId).toBe('po_1');
  });

  it('names the field of a malformed one', () => {
    expect(() => importBalanceTransaction({ ...charge, amount: 1.5 })).toThrow(BooksParseError);
    try {
      importBalanceTransaction({ ...charge, net: 'x' });
    } catch (error) {
      expect((error as BooksParseError).field).toBe('net');
    }
  });
});

describe('importPayout', () => {
  it('maps a payout', () => {
    const payout = importPayout({
      id: 'po_1',
      object: 'payout',
      amount: 1100,
      arrival_date: 1680652800,
      automatic: true,
      balance_transaction: 'txn_9',
      created: 1680648691,
      currency: 'eur',
      status: 'paid',
    });
    expect(payout).toEqual({
      stripeId: 'po_1',
      amountMinor: 1100,
      currency: 'EUR',
      status: 'paid',
      arrivalDate: new Date(1680652800000),
      createdAt: new Date(1680648691000),
      automatic: true,
      balanceTransactionId: 'txn_9',
    });
  });
});

describe('bookCategory', () => {
  it("keeps a sale's charge category and names the other lines once", () => {
    expect(bookCategory({ reportingCategory: 'charge' }, 'Transportation')).toBe('Transportation');
    expect(bookCategory({ reportingCategory: 'charge' }, null)).toBe(SALES_CATEGORY);
    expect(bookCategory({ reportingCategory: 'fee' }, 'x')).toBe(BOOK_CATEGORIES.fees);
    expect(bookCategory({ reportingCategory: 'refund' }, 'x')).toBe(BOOK_CATEGORIES.refunds);
    expect(bookCategory({ reportingCategory: 'dispute' }, 'x')).toBe(BOOK_CATEGORIES.chargebacks);
    expect(bookCategory({ reportingCategory: 'payout' }, 'x')).toBe(BOOK_CATEGORIES.transfers);
    expect(bookCategory({ reportingCategory: 'transfer' }, 'x')).toBe(BOOK_CATEGORIES.other);
  });
});

describe('reconcilePayout', () => {
  it('is reconciled exactly when the net equals the amount', () => {
    const sums = settledSums([
      { amountMinor: 1000, feeMinor: 59, netMinor: 941 },
      { amountMinor: -200, feeMinor: 0, netMinor: -200 },
    ]);
    expect(reconcilePayout(741, sums)).toEqual({
      entryCount: 2,
      grossMinor: 800n,
      feesMinor: 59n,
      netMinor: 741n,
      reconciled: true,
      differenceMinor: 0n,
    });
    expect(reconcilePayout(742, sums)).toMatchObject({ reconciled: false, differenceMinor: 1n });
  });
});

describe('settlementTotals', () => {
  it('puts each line where the contract says', () => {
    const entry = (reportingCategory: string, amountMinor: number, feeMinor = 0) => ({
      currency: 'USD',
      reportingCategory,
      amountMinor,
      feeMinor,
    });
    const [usd] = settlementTotals([
      entry('charge', 10_000, 320),
      entry('refund', -2_000),
      entry('dispute', -3_000, 1_500),
      entry('fee', -100),
      entry('transfer', -50),
      entry('payout', -5_000),
      entry('payout_reversal', 1_000),
    ]);
    expect(usd).toEqual({
      currency: 'USD',
      charges: 10_000n,
      refunds: -2_000n,
      disputes: -3_000n,
      fees: 1_920n,
      other: -50n,
      net: 3_030n,
      paidOut: 4_000n,
    });
  });
});
