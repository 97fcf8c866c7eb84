/**
 * A corpus of small-business charge descriptions built from templates: vendors with their own
 * wording, order numbers and dates, casing, typos and several languages' punctuation. Seeded,
 * so every run generates the same corpus.
 */
import type { CategorizeInput } from '../src/index.js';
import { random } from './generate.js';

/** A vendor: the category the simulated user gives its charges, and how its descriptions read. */
interface Vendor {
  name: string;
  category: string;
  templates: readonly string[];
  metadata?: Record<string, string>;
  currency: string;
  amount: [number, number];
}

const VENDORS: readonly Vendor[] = [
  {
    name: 'AWS',
    category: 'Hosting',
    currency: 'usd',
    amount: [2_000, 90_000],
    templates: ['AWS invoice {n}', 'Amazon Web Services – {month}', 'aws usage {date}'],
  },
  {
    name: 'Hetzner',
    category: 'Hosting',
    currency: 'eur',
    amount: [900, 9_000],
    templates: [
      'Hetzner Online Rechnung Nr. {n}',
      'HETZNER server {date}',
      'Hetzner – Cloud « {n} »',
    ],
  },
  {
    name: 'Gift box',
    category: 'Client Gifts',
    currency: 'usd',
    amount: [3_000, 15_000],
    templates: ['Gift box #{n}', 'Gift box order {n} (holiday)', 'GIFT BOX – {month}'],
    metadata: { product: 'gift_box' },
  },
  {
    name: 'Workshop',
    category: 'Training',
    currency: 'usd',
    amount: [10_000, 80_000],
    templates: ['Workshop ticket {n}', 'Strategy workshop, {date}', 'workshop seat n°{n}'],
  },
  {
    name: 'Private lesson',
    category: 'Education Income',
    currency: 'eur',
    amount: [4_000, 12_000],
    templates: ['Private lesson {date}', 'Cours particulier — {n}', 'private LESSON #{n}'],
  },
  {
    name: 'Uber Eats',
    category: 'Meals & Entertainment',
    currency: 'usd',
    amount: [1_500, 9_000],
    templates: ['Uber Eats order {n}', 'UBER EATS {date}', 'Uber Eats – team lunch {n}'],
  },
  {
    name: 'Uber',
    category: 'Transportation',
    currency: 'usd',
    amount: [900, 6_000],
    templates: ['Uber trip {n}', 'UBER ride {date}', 'Uber to the airport'],
  },
  {
    name: 'WeWork',
    category: 'Rent',
    currency: 'gbp',
    amount: [40_000, 200_000],
    templates: ['WeWork membership {month}', 'WEWORK desk {n}', '„WeWork“ Miete {date}'],
  },
  {
    name: 'Upwork',
    category: 'Contractors',
    currency: 'usd',
    amount: [5_000, 300_000],
    templates: [
      'Upwork contract {n}',
      'UPWORK – milestone {n}',
      'Upwork freelancer payment {date}',
    ],
  },
  {
    name: 'Figma',
    category: 'Software & Subscriptions',
    currency: 'usd',
    amount: [1_500, 7_500],
    templates: ['Figma professional {month}', 'FIGMA seat {n}', 'Figma ¡renewal! {date}'],
  },
  {
    name: 'Google Ads',
    category: 'Marketing & Advertising',
    currency: 'usd',
    amount: [2_000, 50_000],
    templates: ['Google Ads {n}', 'GOOGLE ADS campaign {date}', 'Google Ads – 「{n}」'],
  },
  {
    name: 'Staples',
    category: 'Office Supplies',
    currency: 'usd',
    amount: [500, 20_000],
    templates: ['Staples office supplies {n}', 'STAPLES #{n}', 'Staples paper & toner {date}'],
  },
  {
    name: 'Bank fee',
    category: 'Bank Fees',
    currency: 'eur',
    amount: [100, 2_500],
    templates: ['Frais bancaires {month}', 'Bank fee {n}', 'Kontoführung {date}'],
  },
  {
    name: 'Consulting',
    category: 'Consulting Income',
    currency: 'usd',
    amount: [50_000, 900_000],
    templates: [
      'Consulting retainer {month}',
      'Consulting – sprint {n}',
      'consulting hours {date}',
    ],
    metadata: { plan: 'retainer' },
  },
];

const MONTHS = [
  'January',
  'February',
  'März',
  'avril',
  'May',
  'junio',
  'July',
  'August',
  'Sept.',
  'Oct',
  'novembre',
  'Dezember',
];

function typo(word: string, roll: number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(roll * (word.length - 3));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** A charge of the corpus: the input categorization sees and the category its user means. */
export interface CorpusCharge {
  vendor: string;
  input: CategorizeInput;
  truth: string;
}

/** `perVendor` charges of each vendor, interleaved as they would arrive. */
export function generateCorpus(perVendor: number, seed = 7): CorpusCharge[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const charges: CorpusCharge[] = [];
  for (let i = 0; i < perVendor; i++) {
    for (const vendor of VENDORS) {
      let text = pick(vendor.templates)
        .replace('{n}', String(Math.floor(next() * 100_000)))
        .replace('{month}', pick(MONTHS))
        .replace('{date}', `${1 + Math.floor(next() * 28)}.${1 + Math.floor(next() * 12)}.2026`);
      const casing = next();
      if (casing < 0.15) text = text.toUpperCase();
      else if (casing < 0.3) text = text.toLowerCase();
      if (next() < 0.15)
        text = text
          .split(' ')
          .map((word) => typo(word, next()))
          .join(' ');
      const [low, high] = vendor.amount;
      charges.push({
        vendor: vendor.name,
        truth: vendor.category,
        input: {
          description: text,
          metadata: { ...vendor.metadata, order_id: String(Math.floor(next() * 1e6)) },
          customerId: null,
          amountMinor: Math.floor(low + next() * (high - low)),
          currency: vendor.currency,
        },
      });
    }
  }
  return charges;
}

/** How many vendors the corpus has. */
export const VENDOR_COUNT = VENDORS.length;
