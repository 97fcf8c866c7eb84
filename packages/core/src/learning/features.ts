import type { CategorizeInput } from '../categorize/compile-rule.js';

/** What the model looks at: a transaction's description and metadata, and where known its customer, amount and currency. */
export type LearningInput = CategorizeInput;

/** One feature of an input: its hashed bucket, its weight, the reason a person reads, and whether it is evidence about *what* was bought. */
export interface Feature {
  hash: number;
  weight: number;
  /** E.g. `aws` for the word and its pieces, `plan: pro` for a metadata entry. */
  reason: string;
  /** Description words, their pieces, metadata and the customer; not the amount or currency. */
  specific: boolean;
}

/** Hash buckets: features share a bucket rarely enough at a user's scale, and the state stays bounded. */
export const FEATURE_BUCKETS = 1 << 20;

const WORD_WEIGHT = 1;
const PIECE_WEIGHT = 0.35;
const METADATA_WEIGHT = 1;
const CUSTOMER_WEIGHT = 0.5;
const CONTEXT_WEIGHT = 0.2;
const MAX_WORDS = 24;
const MAX_METADATA = 12;
const MAX_VALUE_LENGTH = 40;

// Letters and digits in any script; everything else (punctuation of any language) separates words.
const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS = /\p{N}+/gu;
const HAS_LETTER = /\p{L}/u;
const MARKS = /\p{M}+/gu;

/** FNV-1a over the UTF-16 code units, folded into {@link FEATURE_BUCKETS}. */
export function hashFeature(name: string): number {
  return fold(extend(FNV_OFFSET, name, 0, name.length));
}

const FNV_OFFSET = 0x811c9dc5;

function extend(hash: number, text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

function fold(hash: number): number {
  return (hash >>> 0) & (FEATURE_BUCKETS - 1);
}

const PIECE_SEED = extend(FNV_OFFSET, 'p:', 0, 2);

/** Lower case, accents folded, digit runs as `0`: "Café 0412" → "cafe 0". */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(DIGITS, '0');
}

/** The description's words with letters (order numbers and dates drop out), at most {@link MAX_WORDS}. */
export function wordsOf(description: string | null): string[] {
  if (!description) return [];
  const words = normalizeText(description).match(WORD) ?? [];
  return words.filter((word) => HAS_LETTER.test(word)).slice(0, MAX_WORDS);
}

function pushWord(features: Feature[], word: string): void {
  features.push({
    hash: hashFeature(`w:${word}`),
    weight: WORD_WEIGHT,
    reason: word,
    specific: true,
  });
  // Character trigrams with edge markers, so a typo or a plural still shares most pieces.
  const padded = `^${word}$`;
  for (let i = 0; i + 3 <= padded.length; i++) {
    // Hashed in place, the same as hashFeature(`p:${piece}`): no string per piece.
    features.push({
      hash: fold(extend(PIECE_SEED, padded, i, i + 3)),
      weight: PIECE_WEIGHT,
      reason: word,
      specific: true,
    });
  }
}

function amountBucket(amountMinor: number): number {
  return amountMinor <= 0 ? 0 : Math.min(12, Math.floor(Math.log10(amountMinor)));
}

/** The features of one input, in a stable order. Pure: the same input always gives the same features. */
export function featuresOf(input: LearningInput): Feature[] {
  const features: Feature[] = [];
  for (const word of wordsOf(input.description)) pushWord(features, word);
  const keys = Object.keys(input.metadata).sort().slice(0, MAX_METADATA);
  for (const rawKey of keys) {
    const key = normalizeText(rawKey.trim());
    const value = normalizeText((input.metadata[rawKey] ?? '').trim()).slice(0, MAX_VALUE_LENGTH);
    if (!key) continue;
    features.push({
      hash: hashFeature(`k:${key}`),
      weight: CONTEXT_WEIGHT,
      reason: key,
      specific: false,
    });
    // A value without letters (an order number, a date) says nothing about the category.
    if (HAS_LETTER.test(value))
      features.push({
        hash: hashFeature(`m:${key}=${value}`),
        weight: METADATA_WEIGHT,
        reason: `${key}: ${value}`,
        specific: true,
      });
  }
  if (input.customerId)
    features.push({
      hash: hashFeature(`c:${input.customerId}`),
      weight: CUSTOMER_WEIGHT,
      reason: `customer ${input.customerId}`,
      specific: true,
    });
  if (input.currency) {
    const currency = input.currency.toUpperCase();
    features.push({
      hash: hashFeature(`$:${currency}`),
      weight: CONTEXT_WEIGHT,
      reason: currency,
      specific: false,
    });
    if (input.amountMinor !== undefined) {
      const bucket = amountBucket(input.amountMinor);
      features.push({
        hash: hashFeature(`a:${currency}:${bucket}`),
        weight: CONTEXT_WEIGHT,
        reason: `amount of ${bucket + 1} digits`,
        specific: false,
      });
    }
  }
  return features;
}
