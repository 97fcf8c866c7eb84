import { describe, expect, it } from 'vitest';
import {
  currencyExponent,
  formatMinor,
  InvalidAmountError,
  InvalidCurrencyError,
  normalizeCurrency,
  parseMajor,
} from '../src/index.js';

const ZERO = [
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
];
const THREE = ['BHD', 'JOD', 'KWD', 'OMR', 'TND'];

describe('formatMinor', () => {
  it.each([
    [2500, 'usd', '25.00'],
    [2500, 'jpy', '2500'],
    [2500, 'kwd', '2.500'],
    [-150, 'eur', '-1.50'],
    [0, 'usd', '0.00'],
    [0, 'jpy', '0'],
    [0, 'bhd', '0.000'],
    [5, 'usd', '0.05'],
    [-5, 'usd', '-0.05'],
    [5, 'kwd', '0.005'],
    [-5, 'jpy', '-5'],
    [99999999, 'usd', '999999.99'],
    [Number.MAX_SAFE_INTEGER, 'usd', '90071992547409.91'],
    [Number.MIN_SAFE_INTEGER, 'omr', '-9007199254740.991'],
  ])('%d %s → %s', (minor, currency, expected) => {
    expect(formatMinor(minor, currency)).toBe(expected);
  });

  it('formats -0 as zero without a sign', () => {
    expect(formatMinor(-0, 'usd')).toBe('0.00');
  });

  it('formats bigint amounts beyond the safe integer range exactly', () => {
    expect(formatMinor(123456789012345678901234567890n, 'usd')).toBe(
      '1234567890123456789012345678.90',
    );
    expect(formatMinor(-1n, 'tnd')).toBe('-0.001');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'rejects the non-safe-integer %d',
    (value) => {
      expect(() => formatMinor(value, 'usd')).toThrow(InvalidAmountError);
    },
  );
});

describe('currencyExponent', () => {
  it.each(ZERO)('%s is zero-decimal', (code) => {
    expect(currencyExponent(code)).toBe(0);
    expect(currencyExponent(code.toLowerCase())).toBe(0);
  });

  it.each(THREE)('%s is three-decimal', (code) => {
    expect(currencyExponent(code)).toBe(3);
  });

  it.each(['USD', 'EUR', 'GBP', 'CHF', 'IDR', 'INR'])('%s is two-decimal', (code) => {
    expect(currencyExponent(code)).toBe(2);
  });

  // Stripe's special cases: ISK stays two-decimal (amounts end in 00), HUF and TWD are
  // zero-decimal for payouts only, UGX is zero-decimal.
  it('follows Stripe for ISK, HUF, TWD and UGX', () => {
    expect(formatMinor(50000, 'isk')).toBe('500.00');
    expect(formatMinor(123400, 'huf')).toBe('1234.00');
    expect(formatMinor(123450, 'twd')).toBe('1234.50');
    expect(formatMinor(2500, 'ugx')).toBe('2500');
  });

  it('treats a well-formed code Stripe does not single out as two-decimal', () => {
    expect(currencyExponent('XYZ')).toBe(2);
  });
});

describe('normalizeCurrency', () => {
  it('upper-cases three-letter codes', () => {
    expect(normalizeCurrency('usd')).toBe('USD');
    expect(normalizeCurrency('Eur')).toBe('EUR');
    expect(normalizeCurrency('JPY')).toBe('JPY');
  });

  it.each(['', 'us', 'usdd', ' usd', 'usd ', 'u$d', '123', 'ÜSD', 'usd\n'])(
    'rejects %j with a typed error carrying the input',
    (code) => {
      const error = catchError(() => normalizeCurrency(code));
      expect(error).toBeInstanceOf(InvalidCurrencyError);
      expect((error as InvalidCurrencyError).input).toBe(code);
    },
  );

  it('is used by formatting, so a malformed code never falls back to two decimals', () => {
    expect(() => formatMinor(100, 'dollars')).toThrow(InvalidCurrencyError);
    expect(() => currencyExponent('')).toThrow(InvalidCurrencyError);
  });
});

describe('parseMajor', () => {
  it.each([
    ['25.00', 'usd', 2500n],
    ['2500', 'jpy', 2500n],
    ['2.500', 'kwd', 2500n],
    ['-1.50', 'eur', -150n],
    ['0.00', 'usd', 0n],
    ['-0.00', 'usd', 0n],
    ['25', 'usd', 2500n],
    ['25.5', 'usd', 2550n],
    ['1234567890123456789012345678.90', 'usd', 123456789012345678901234567890n],
  ])('%s %s → %s', (amount, currency, expected) => {
    expect(parseMajor(amount, currency)).toBe(expected);
  });

  it.each([
    ['25.001', 'usd'],
    ['25.0', 'jpy'],
    ['2.5001', 'kwd'],
    ['', 'usd'],
    ['1e3', 'usd'],
    ['+1.00', 'usd'],
    ['1,00', 'eur'],
    ['.50', 'usd'],
    ['5.', 'usd'],
    [' 1.00', 'usd'],
    ['--1', 'usd'],
  ])('rejects %j for %s instead of rounding or guessing', (amount, currency) => {
    expect(() => parseMajor(amount, currency)).toThrow(InvalidAmountError);
  });

  it('rejects a malformed currency', () => {
    expect(() => parseMajor('1.00', 'US')).toThrow(InvalidCurrencyError);
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
