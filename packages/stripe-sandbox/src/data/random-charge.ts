import { ChargeStatus, type Account } from '../store/account.js';
import type { NewCharge } from '../store/ledger.js';
import { descriptions, metadataValues } from '../util/interner.js';
import type { Rng } from '../util/rng.js';
import { CATALOG, FAILURES } from './catalog.js';
import { CURRENCIES, currencyAt } from './currencies.js';

/** Per catalog entry: its description's code, and the metadata a charge of it may carry. */
const ENTRIES = CATALOG.map(({ description, category }) => ({
  description: descriptions.intern(description),
  metadata: [
    metadataValues.intern({ category }),
    metadataValues.intern({ category, channel: 'web' }),
    metadataValues.intern({ category, channel: 'pos', location: 'Main St. store' }),
  ],
}));

/** A roughly log-normal amount around the currency's typical charge, in minor units. */
function randomAmount(rng: Rng, currency: number): number {
  const { exponent, typicalMajor, usdPer } = currencyAt(currency);
  const gaussian = (rng.next() + rng.next() + rng.next() - 1.5) * 2;
  const major = Math.max(typicalMajor * Math.exp(gaussian * 0.9), 0.5 / usdPer);
  const unit = exponent === 3 ? 10 : 1;
  return Math.max(unit, Math.round((major * 10 ** exponent) / unit) * unit);
}

/** One generated charge for `account` at `created`. */
export function randomCharge(rng: Rng, account: Account, created: number): NewCharge {
  const foreign = rng.chance(0.15);
  const currency = foreign ? rng.int(CURRENCIES.length) : account.profile.currency;
  const failed = rng.chance(0.05);
  // A charge's metadata category, when it has one, is the one its description belongs to.
  const entry = rng.pick(ENTRIES);
  return {
    created,
    amount: randomAmount(rng, currency),
    currency,
    description: rng.chance(0.92) ? entry.description : 0,
    metadata: rng.chance(0.3) ? rng.pick(entry.metadata) : 0,
    status: failed ? ChargeStatus.failed : ChargeStatus.succeeded,
    failure: failed ? rng.int(FAILURES.length) : 0,
    customer: rng.chance(0.6) ? rng.int(account.customers) : -1,
  };
}
