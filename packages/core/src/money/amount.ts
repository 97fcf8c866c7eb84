import { currencyExponent } from './currency.js';

/** Thrown for an amount that cannot be represented exactly: a non-integer, unsafe or malformed value. */
export class InvalidAmountError extends Error {
  override readonly name = 'InvalidAmountError';

  constructor(
    readonly input: unknown,
    reason: string,
  ) {
    super(
      `Invalid amount ${typeof input === 'string' ? JSON.stringify(input) : String(input)}: ${reason}`,
    );
  }
}

function minorDigits(amountMinor: number | bigint): string {
  if (typeof amountMinor === 'bigint') return amountMinor.toString();
  if (!Number.isSafeInteger(amountMinor)) {
    throw new InvalidAmountError(amountMinor, 'expected a safe integer number of minor units');
  }
  // Safe integers print as plain decimal digits (never exponent notation), so this is exact.
  return String(amountMinor);
}

/**
 * Formats Stripe minor units as a decimal string with the currency's Stripe exponent, using
 * string arithmetic only: 2500 USD → "25.00", 2500 JPY → "2500", 2500 KWD → "2.500", -150 EUR → "-1.50".
 * @throws InvalidCurrencyError for a malformed currency code.
 * @throws InvalidAmountError when a `number` is not a safe integer.
 */
export function formatMinor(amountMinor: number | bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = minorDigits(amountMinor);
  const negative = digits.startsWith('-');
  const magnitude = negative ? digits.slice(1) : digits;
  if (exponent === 0) return digits;
  const padded = magnitude.padStart(exponent + 1, '0');
  const split = padded.length - exponent;
  return `${negative ? '-' : ''}${padded.slice(0, split)}.${padded.slice(split)}`;
}

const MAJOR = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Parses a major-unit decimal string back to minor units; the inverse of {@link formatMinor}.
 * Accepts at most the currency's number of decimals (fewer are zero-padded), and no decimal
 * point at all for zero-decimal currencies, so no value is ever rounded.
 * @throws InvalidCurrencyError for a malformed currency code.
 * @throws InvalidAmountError for anything else than `-?digits[.digits]` within the exponent.
 */
export function parseMajor(amount: string, currency: string): bigint {
  const exponent = currencyExponent(currency);
  const match = typeof amount === 'string' ? MAJOR.exec(amount) : null;
  if (!match) throw new InvalidAmountError(amount, 'expected a decimal string such as "25.00"');
  const [, sign = '', whole = '', fraction] = match;
  if (fraction !== undefined && fraction.length > exponent) {
    throw new InvalidAmountError(
      amount,
      `at most ${exponent} decimals for ${currency.toUpperCase()}`,
    );
  }
  const minor = BigInt(`${whole}${(fraction ?? '').padEnd(exponent, '0')}`);
  return sign === '-' ? -minor : minor;
}
