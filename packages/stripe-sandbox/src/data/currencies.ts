/** A currency as the generator and the ledger use it. */
export interface Currency {
  /** ISO 4217, lower case as Stripe writes it. */
  code: string;
  /** Stripe's minor-unit exponent: 0 for JPY, 3 for KWD. */
  exponent: number;
  /** US dollars per one major unit, for exchange rates between currencies. */
  usdPer: number;
  /** The fixed part of the card fee, in minor units of this currency. */
  fixedFee: number;
  /** A typical charge in major units (median of the generated amounts). */
  typicalMajor: number;
  /** The dispute fee of an account settling in this currency, in its minor units. */
  disputeFee: number;
}

/** Currencies the sandbox knows; index = the code stored per charge. */
export const CURRENCIES: readonly Currency[] = [
  { code: 'usd', exponent: 2, usdPer: 1, fixedFee: 30, typicalMajor: 60, disputeFee: 1500 },
  { code: 'eur', exponent: 2, usdPer: 1.08, fixedFee: 25, typicalMajor: 55, disputeFee: 2000 },
  { code: 'gbp', exponent: 2, usdPer: 1.27, fixedFee: 20, typicalMajor: 45, disputeFee: 2000 },
  { code: 'jpy', exponent: 0, usdPer: 0.0067, fixedFee: 0, typicalMajor: 8000, disputeFee: 2000 },
  { code: 'kwd', exponent: 3, usdPer: 3.25, fixedFee: 100, typicalMajor: 18, disputeFee: 5000 },
  { code: 'cad', exponent: 2, usdPer: 0.74, fixedFee: 30, typicalMajor: 80, disputeFee: 1500 },
  { code: 'aud', exponent: 2, usdPer: 0.66, fixedFee: 30, typicalMajor: 90, disputeFee: 2500 },
  { code: 'chf', exponent: 2, usdPer: 1.12, fixedFee: 30, typicalMajor: 55, disputeFee: 2500 },
  { code: 'sek', exponent: 2, usdPer: 0.095, fixedFee: 180, typicalMajor: 600, disputeFee: 20000 },
  { code: 'mxn', exponent: 2, usdPer: 0.058, fixedFee: 300, typicalMajor: 1000, disputeFee: 30000 },
  { code: 'bhd', exponent: 3, usdPer: 2.65, fixedFee: 100, typicalMajor: 22, disputeFee: 6000 },
  {
    code: 'krw',
    exponent: 0,
    usdPer: 0.00075,
    fixedFee: 0,
    typicalMajor: 70000,
    disputeFee: 20000,
  },
];

const BY_CODE = new Map(CURRENCIES.map((currency, index) => [currency.code, index]));

/** The stored index of a currency code, or -1. */
export function currencyIndex(code: string): number {
  return BY_CODE.get(code.toLowerCase()) ?? -1;
}

/** The currency stored as `index`. */
export function currencyAt(index: number): Currency {
  const currency = CURRENCIES[index];
  if (currency === undefined) throw new RangeError(`No currency #${index}`);
  return currency;
}

/** Converts minor units of `from` into minor units of `to` at `rate`. */
export function convertMinor(amount: number, from: Currency, to: Currency, rate: number): number {
  if (from === to) return amount;
  return Math.round((amount / 10 ** from.exponent) * rate * 10 ** to.exponent);
}

/** Stripe's standard card fee on a settled amount: 2.9% plus a fixed part. */
export function cardFee(settled: number, settlement: Currency, international: boolean): number {
  const percent = international ? 0.044 : 0.029;
  return Math.round(settled * percent) + settlement.fixedFee;
}
