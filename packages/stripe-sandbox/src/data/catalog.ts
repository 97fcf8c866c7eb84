/**
 * What a small business's charges look like: descriptions grouped by the category a bookkeeper
 * would give them, every category in Title Case. The first five are the integration guide's
 * categories (their keywords: office/supplies, food/lunch/restaurant, uber/lyft/taxi,
 * software/subscription, advertising/marketing); the rest match none of them.
 */
export const DESCRIPTIONS_BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  'Office Supplies': ['Office supplies order', 'Printer paper & toner (supplies)', 'Office chair'],
  'Meals & Entertainment': [
    'Team lunch catering',
    'Restaurant voucher',
    'Food truck – event catering',
  ],
  Transportation: ['Uber to the airport', 'Lyft ride – client visit', 'Taxi fare reimbursement'],
  'Software & Subscriptions': [
    'Software license – annual',
    'Pro plan subscription',
    'Monthly software support',
  ],
  'Marketing & Advertising': [
    'Advertising package – spring',
    'Marketing workshop',
    'Sponsored newsletter slot',
  ],
  'Product Sales': [
    'Online store order',
    'Handmade ceramic mug set',
    'Organic coffee beans 1kg',
    'Wholesale order - spring collection',
    'Gift box',
    'Replacement part',
    'Café – pastries & coffee',
    'Bookshop purchase',
  ],
  Services: [
    'Website design – milestone 2',
    'Plumbing repair call-out',
    'Photography session',
    'House cleaning (3 hours)',
    'Dog grooming',
    'Tax return preparation',
    'Haircut & styling',
    'Translation: 2,400 words',
  ],
  Memberships: ['Monthly membership', 'Annual plan renewal', 'Coffee club (3 bags / month)'],
  Consulting: [
    'Consulting retainer – March',
    'Strategy workshop',
    'Hourly consulting (5h)',
    'Code review engagement',
  ],
  'Events & Tickets': [
    'Workshop ticket',
    'Conference pass – early bird',
    'Concert ticket ×2',
    'Yoga class 10-pack',
  ],
  'Courses & Training': [
    'Online course: Bookkeeping basics',
    'Private lesson',
    'Certification exam fee',
  ],
  Rentals: ['Equipment rental (weekend)', 'Studio hire – 4 hours', 'Bike rental'],
  Donations: ['Donation', 'Monthly donation – thank you!'],
  'Shipping & Handling': ['Shipping fee', 'Express delivery surcharge'],
  Deposits: ['Booking deposit', 'Security deposit', 'Invoice INV-0042 "deposit"'],
};

/** A description the generator may use, with the category a charge carrying it may name in metadata. */
export interface CatalogEntry {
  description: string;
  category: string;
}

/** Every description the generator may use (a few carry quotes and non-ASCII on purpose). */
export const CATALOG: readonly CatalogEntry[] = Object.entries(DESCRIPTIONS_BY_CATEGORY).flatMap(
  ([category, descriptions]) => descriptions.map((description) => ({ description, category })),
);

/** Why a charge failed: Stripe's failure code, message and outcome. */
export interface FailureKind {
  failureCode: string;
  failureMessage: string;
  reason: string;
  outcomeType: string;
  networkStatus: string;
  sellerMessage: string;
}

/** The declines generated charges fail with. */
export const FAILURES: readonly FailureKind[] = [
  {
    failureCode: 'card_declined',
    failureMessage: 'Your card was declined.',
    reason: 'generic_decline',
    outcomeType: 'issuer_declined',
    networkStatus: 'declined_by_network',
    sellerMessage: 'The bank did not return any further details with this decline.',
  },
  {
    failureCode: 'card_declined',
    failureMessage: 'Your card has insufficient funds.',
    reason: 'insufficient_funds',
    outcomeType: 'issuer_declined',
    networkStatus: 'declined_by_network',
    sellerMessage: 'The bank returned the decline code `insufficient_funds`.',
  },
  {
    failureCode: 'expired_card',
    failureMessage: 'Your card has expired.',
    reason: 'expired_card',
    outcomeType: 'issuer_declined',
    networkStatus: 'declined_by_network',
    sellerMessage: 'The bank returned the decline code `expired_card`.',
  },
  {
    failureCode: 'incorrect_cvc',
    failureMessage: "Your card's security code is incorrect.",
    reason: 'incorrect_cvc',
    outcomeType: 'issuer_declined',
    networkStatus: 'declined_by_network',
    sellerMessage: 'The bank returned the decline code `incorrect_cvc`.',
  },
];

/** Card brands with a last-four each; picked per charge from its id hash. */
export const CARDS: readonly { brand: string; last4: string; country: string; funding: string }[] =
  [
    { brand: 'visa', last4: '4242', country: 'US', funding: 'credit' },
    { brand: 'mastercard', last4: '4444', country: 'US', funding: 'credit' },
    { brand: 'amex', last4: '8431', country: 'US', funding: 'credit' },
    { brand: 'visa', last4: '5556', country: 'US', funding: 'debit' },
    { brand: 'visa', last4: '0077', country: 'FR', funding: 'credit' },
    { brand: 'mastercard', last4: '0005', country: 'GB', funding: 'credit' },
    { brand: 'jcb', last4: '0000', country: 'JP', funding: 'credit' },
    { brand: 'discover', last4: '1117', country: 'US', funding: 'credit' },
  ];
