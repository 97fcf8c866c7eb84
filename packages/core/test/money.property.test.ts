import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyExponent,
  formatMinor,
  NON_TWO_DECIMAL_CURRENCIES,
  parseMajor,
} from '../src/index.js';

const STRIPE_EXAMPLES = ['USD', 'EUR', 'GBP', 'ISK', 'HUF', 'TWD', 'CHF', 'INR'];

// Every currency core treats specially, common two-decimal ones, and any well-formed code in any case.
const currency = fc.oneof(
  fc.constantFrom(...NON_TWO_DECIMAL_CURRENCIES, ...STRIPE_EXAMPLES),
  fc.stringMatching(/^[A-Za-z]{3}$/),
);

describe('money properties', () => {
  it('parseMajor(formatMinor(n)) gives back n for every currency and any safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), currency, (minor, code) => {
        expect(parseMajor(formatMinor(minor, code), code)).toBe(BigInt(minor));
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips bigint amounts far outside the safe range', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), currency, (minor, code) => {
        expect(parseMajor(formatMinor(minor, code), code)).toBe(minor);
      }),
    );
  });

  it('writes exactly the exponent in decimals, and the same digits as the minor units', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), currency, (minor, code) => {
        const text = formatMinor(minor, code);
        const exponent = currencyExponent(code);
        const [whole = '', fraction] = text.replace('-', '').split('.');
        expect(fraction?.length ?? 0).toBe(exponent);
        expect(whole.length === 1 || !whole.startsWith('0')).toBe(true);
        expect(text.startsWith('-')).toBe(minor < 0);
        expect(BigInt(`${whole}${fraction ?? ''}`)).toBe(BigInt(Math.abs(minor)));
      }),
      { numRuns: 2000 },
    );
  });
});
