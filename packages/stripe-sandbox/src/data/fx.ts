import { hash32 } from '../util/rng.js';
import { currencyAt } from './currencies.js';

const DAY = 86_400;

/**
 * US dollars per major unit of currency #`index` on UTC day `day`: the
 * currency's reference value moved by two slow waves (a few percent over
 * weeks) and a daily jitter, all fixed by `seed`. Every account of a sandbox
 * sees the same market.
 */
function usdPerOn(index: number, day: number, seed: number): number {
  const { usdPer } = currencyAt(index);
  if (usdPer === 1 && index === 0) return 1;
  const phase = hash32(seed, index, 0xf1) % 1000;
  const wave = 0.025 * Math.sin((day + phase) / 23) + 0.008 * Math.sin((day + phase) / 5.3);
  const jitter = (hash32(seed, index * 100_003 + day, 0xf2) / 2 ** 32 - 0.5) * 0.004;
  return usdPer * (1 + wave + jitter);
}

/**
 * The rate Stripe converts at on the day of `at`: units of currency #`to` per
 * unit of currency #`from`, rounded to six places as Stripe reports it.
 */
export function rateOn(from: number, to: number, at: number, seed: number): number {
  const day = Math.floor(at / DAY);
  return Math.round((usdPerOn(from, day, seed) / usdPerOn(to, day, seed)) * 1e6) / 1e6;
}
