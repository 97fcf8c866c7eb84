/** An upper-case, three-letter ISO 4217 alphabetic code such as `USD`. */
export type CurrencyCode = string & { readonly __brand: 'CurrencyCode' };

/** The number of decimal places Stripe uses for a currency's minor unit. */
export type CurrencyExponent = 0 | 2 | 3;

/** Thrown when a currency code is not three ASCII letters; carries the rejected input. */
export class InvalidCurrencyError extends Error {
  override readonly name = 'InvalidCurrencyError';

  constructor(readonly input: unknown) {
    super(
      `Invalid currency code ${typeof input === 'string' ? JSON.stringify(input) : String(input)}: expected three letters (ISO 4217)`,
    );
  }
}

// Source for both lists: Stripe, "Supported currencies",
// https://docs.stripe.com/currencies#zero-decimal and #three-decimal.
const ZERO_DECIMAL = [
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
] as const;
const THREE_DECIMAL = ['BHD', 'JOD', 'KWD', 'OMR', 'TND'] as const;

// Special cases, https://docs.stripe.com/currencies#special-cases, and what the amount means here:
// - ISK: effectively zero-decimal since 14 April 2023, but Stripe keeps it two-decimal in the API
//   for backwards compatibility (amounts are multiples of 100; `100` is 1 króna). Exponent 2.
//   Also https://support.stripe.com/questions/deprecation-of-fractional-isk-charges-and-refunds.
// - HUF and TWD: zero-decimal for payouts only (payout amounts divisible by 100); charges are
//   two-decimal amounts. We read charges, so exponent 2.
// - UGX: in Stripe's zero-decimal list (#zero-decimal), so a charge amount is whole shillings.
//   Exponent 0.
// - BHD, JOD, KWD, OMR, TND: three-decimal; Stripe requires the last digit to be 0 when charging,
//   which does not change the meaning of an amount we read. Exponent 3.
// Every other currency is two-decimal.
const EXPONENTS: ReadonlyMap<string, CurrencyExponent> = new Map<string, CurrencyExponent>([
  ...ZERO_DECIMAL.map((code) => [code, 0] as const),
  ...THREE_DECIMAL.map((code) => [code, 3] as const),
]);

/** Currencies whose Stripe exponent is not 2, for tests and documentation. */
export const NON_TWO_DECIMAL_CURRENCIES: readonly CurrencyCode[] = [...EXPONENTS.keys()].map(
  (code) => code as CurrencyCode,
);

const CODE = /^[A-Za-z]{3}$/;

/**
 * Normalizes a currency code to upper case (`usd` → `USD`).
 * @throws InvalidCurrencyError when `code` is not exactly three ASCII letters; nothing is trimmed or guessed.
 */
export function normalizeCurrency(code: string): CurrencyCode {
  if (typeof code !== 'string' || !CODE.test(code)) throw new InvalidCurrencyError(code);
  return code.toUpperCase() as CurrencyCode;
}

/**
 * The number of decimals in Stripe's minor unit for `code`: 0, 3, or 2 for every other currency.
 * @throws InvalidCurrencyError for a malformed code.
 */
export function currencyExponent(code: string): CurrencyExponent {
  return EXPONENTS.get(normalizeCurrency(code)) ?? 2;
}
