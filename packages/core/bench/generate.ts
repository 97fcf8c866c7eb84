/** Deterministic synthetic Stripe charges (raw JSON shapes) for the bench. */

const DESCRIPTIONS = [
  'Uber to the airport',
  'Lunch with client',
  'Annual software subscription',
  'Facebook advertising',
  'Consulting retainer',
  'Office supplies from Staples',
  'taxidermy kit',
  'subscriptionless plan',
  'Quarterly maintenance contract for the warehouse forklifts and loading equipment',
  'Invoice 2024-0042',
  '',
];
const CURRENCIES = ['usd', 'usd', 'usd', 'eur', 'gbp', 'jpy', 'kwd', 'isk', 'ugx', 'huf'];
const CATEGORIES = ['Travel', 'office supplies', 'MEALS & ENTERTAINMENT', '  Equipment  '];

// mulberry32: a tiny seeded PRNG, so every run benches the same charges.
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` raw charges numbered from `first` (ids stay unique across pages): about 1 in 4 with a
 * metadata category, 1 in 10 without a description.
 */
export function generateCharges(count: number, first = 0): unknown[] {
  const next = random(first + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const charges: unknown[] = new Array(count);
  for (let n = 0; n < count; n++) {
    const i = first + n;
    const roll = next();
    const metadata: Record<string, string> = { order_id: String(i) };
    if (roll < 0.25) metadata.category = pick(CATEGORIES);
    charges[n] = {
      id: `ch_${i.toString(36).padStart(14, '0')}`,
      object: 'charge',
      amount: Math.floor(next() * 10_000_000),
      amount_refunded: 0,
      currency: pick(CURRENCIES),
      created: 1_640_995_200 + i,
      description: roll > 0.9 ? null : pick(DESCRIPTIONS),
      receipt_url: `https://pay.stripe.com/receipts/acct_bench/ch_${i}/rcpt`,
      metadata,
      status: 'succeeded',
      paid: true,
      refunded: false,
      livemode: false,
      disputed: false,
      customer: `cus_${i % 5000}`,
      payment_intent: `pi_${i}`,
      balance_transaction: `txn_${i}`,
      billing_details: { email: null, name: 'Bench Customer' },
    };
  }
  return charges;
}
