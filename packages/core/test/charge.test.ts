import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChargeParseError,
  createCategorizer,
  formatMinor,
  importCharge,
  mapCharge,
  parseMajor,
  parseStripeCharge,
  type Transaction,
} from '../src/index.js';

// The integration guide's sample charge.
const guideSample = {
  id: 'ch_test_1234567890',
  object: 'charge',
  amount: 2500,
  currency: 'usd',
  description: 'Office supplies from Staples',
  receipt_url: 'https://pay.stripe.com/receipts/acct_test/ch_test_1234567890/rcpt_test',
  created: 1640995200,
  metadata: { category: 'Office Supplies' },
};

function parseError(raw: unknown): ChargeParseError {
  try {
    parseStripeCharge(raw);
  } catch (error) {
    if (error instanceof ChargeParseError) return error;
    throw error;
  }
  throw new Error('expected a ChargeParseError');
}

describe('mapCharge', () => {
  it("maps the guide's sample exactly as the guide's table says", () => {
    const transaction = mapCharge(parseStripeCharge(guideSample));
    expect(transaction).toEqual<Transaction>({
      stripeId: 'ch_test_1234567890',
      amountMinor: 2500,
      currency: 'USD',
      description: 'Office supplies from Staples',
      receiptUrl: 'https://pay.stripe.com/receipts/acct_test/ch_test_1234567890/rcpt_test',
      createdAt: new Date('2022-01-01T00:00:00.000Z'),
      metadata: { category: 'Office Supplies' },
      status: 'unknown',
      amountRefunded: 0,
      refunded: false,
      disputed: false,
      livemode: false,
      customerId: null,
      paymentIntentId: null,
      balanceTransactionId: null,
    });
    expect(formatMinor(transaction.amountMinor, transaction.currency)).toBe('25.00');
    expect(transaction.createdAt.toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(createCategorizer()(transaction)).toEqual({
      category: 'Office Supplies',
      categorySource: 'METADATA',
      categoryRuleId: 'builtin:metadata-category',
    });
  });

  it('carries the fields later issues need, taking ids from expanded objects too', () => {
    const transaction = mapCharge(
      parseStripeCharge({
        ...guideSample,
        currency: 'JPY',
        amount: 1200,
        status: 'succeeded',
        paid: true,
        refunded: true,
        amount_refunded: 1200,
        livemode: true,
        disputed: true,
        customer: 'cus_123',
        payment_intent: { id: 'pi_123', object: 'payment_intent', amount: 1200 },
        balance_transaction: 'txn_123',
      }),
    );
    expect(transaction).toMatchObject({
      amountMinor: 1200,
      currency: 'JPY',
      status: 'succeeded',
      refunded: true,
      amountRefunded: 1200,
      livemode: true,
      disputed: true,
      customerId: 'cus_123',
      paymentIntentId: 'pi_123',
      balanceTransactionId: 'txn_123',
    });
  });

  it('turns null description, receipt_url and metadata into null, null and {}', () => {
    const transaction = mapCharge(
      parseStripeCharge({
        id: 'ch_1',
        amount: 100,
        currency: 'eur',
        created: 0,
        description: null,
        receipt_url: null,
        metadata: null,
      }),
    );
    expect(transaction.description).toBeNull();
    expect(transaction.receiptUrl).toBeNull();
    expect(transaction.metadata).toEqual({});
    expect(transaction.createdAt.toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });

  it('gives each transaction its own metadata object', () => {
    const charge = parseStripeCharge(guideSample);
    const transaction = mapCharge(charge);
    transaction.metadata.category = 'Changed';
    expect(charge.metadata.category).toBe('Office Supplies');
  });

  it('imports succeeded charges categorized and skips the others', () => {
    const categorize = createCategorizer();
    expect(importCharge({ ...guideSample, status: 'failed' }, categorize)).toBeNull();
    expect(importCharge({ ...guideSample, status: 'succeeded' }, categorize)).toMatchObject({
      stripeId: 'ch_test_1234567890',
      category: 'Office Supplies',
      categorySource: 'METADATA',
      categoryRuleId: 'builtin:metadata-category',
    });
    expect(() => importCharge({ ...guideSample, amount: 'x' }, categorize)).toThrow(
      ChargeParseError,
    );
  });

  it('keeps amountMinor and the decimal amount consistent for any charge (property)', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.constantFrom('usd', 'jpy', 'kwd', 'isk', 'ugx', 'EUR'),
        fc.integer({ min: 0, max: 4_102_444_800 }),
        (amount, currency, created) => {
          const transaction = mapCharge(
            parseStripeCharge({ id: 'ch_p', amount, currency, created }),
          );
          expect(transaction.amountMinor).toBe(amount);
          const amountText = formatMinor(transaction.amountMinor, transaction.currency);
          expect(parseMajor(amountText, transaction.currency)).toBe(BigInt(amount));
          expect(transaction.currency).toBe(currency.toUpperCase());
          expect(transaction.createdAt.getTime()).toBe(created * 1000);
        },
      ),
    );
  });
});

describe('parseStripeCharge', () => {
  it.each(['id', 'amount', 'currency', 'created'])(
    'rejects a charge missing %s, naming the field',
    (field) => {
      const raw: Record<string, unknown> = { ...guideSample };
      delete raw[field];
      const error = parseError(raw);
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
    },
  );

  it.each([
    ['amount', 25.5],
    ['amount', '2500'],
    ['created', -1],
    ['created', 1.5],
    ['currency', 'dollars'],
    ['currency', 'US'],
    ['id', ''],
    ['object', 'refund'],
    ['customer', 42],
  ])('rejects %s = %j, naming the field', (field, value) => {
    expect(parseError({ ...guideSample, [field]: value }).field).toBe(field);
  });

  it('names the metadata key whose value is not a string', () => {
    const error = parseError({ ...guideSample, metadata: { category: 5 } });
    expect(error.field).toBe('metadata.category');
  });

  it('names the charge itself when the input is not an object', () => {
    expect(parseError(null).field).toBe('charge');
    expect(parseError('ch_1').field).toBe('charge');
  });

  it('lists every problem, not only the first', () => {
    const error = parseError({ description: 'x' });
    expect(error.issues.map((issue) => issue.field)).toEqual([
      'id',
      'amount',
      'currency',
      'created',
    ]);
  });

  it('drops fields core does not read', () => {
    const charge = parseStripeCharge({
      ...guideSample,
      billing_details: { email: 'a@example.com' },
    });
    expect(charge).not.toHaveProperty('billing_details');
  });
});
