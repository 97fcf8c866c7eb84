import type { Feature } from './features.js';

/** Added to every count: how much an unseen feature still weighs. */
export const SMOOTHING = 0.1;
/** log(SMOOTHING): the log-count of a feature a category never saw. */
export const LOG_UNSEEN = Math.log(SMOOTHING);
const EPSILON = 1e-9;

function clamp(value: number): number {
  return value < EPSILON ? 0 : value;
}

/** What one category has learned: weighted examples and feature counts. */
export class CategoryCounts {
  examples = 0;
  total = 0;
  readonly counts = new Map<number, number>();
  /** Scratch of one scoring pass (the model is used from one thread at a time). */
  score = 0;

  constructor(readonly name: string) {}

  /** log(count + smoothing) of a feature. */
  logOf(hash: number, postings: Postings): number {
    return LOG_UNSEEN + (postings.get(hash)?.get(this) ?? 0);
  }
}

/**
 * The counts inverted: for each feature hash, the categories that saw it and by how much their
 * log-count exceeds an unseen one's. Scoring looks each feature up once, whatever the number
 * of categories.
 */
export type Postings = Map<number, Map<CategoryCounts, number>>;

/** Sets one count, keeping the postings in step. */
export function setCount(
  postings: Postings,
  counts: CategoryCounts,
  hash: number,
  count: number,
): void {
  const previous = counts.counts.get(hash) ?? 0;
  counts.total = clamp(counts.total + count - previous);
  let posting = postings.get(hash);
  if (count === 0) {
    counts.counts.delete(hash);
    posting?.delete(counts);
    if (posting?.size === 0) postings.delete(hash);
    return;
  }
  counts.counts.set(hash, count);
  if (posting === undefined) {
    posting = new Map();
    postings.set(hash, posting);
  }
  posting.set(counts, Math.log(count + SMOOTHING) - LOG_UNSEEN);
}

/** Adds (sign 1) or takes back (sign -1) one weighted example's features. */
export function addExample(
  postings: Postings,
  counts: CategoryCounts,
  features: readonly Feature[],
  weight: number,
  sign: 1 | -1,
): void {
  counts.examples = clamp(counts.examples + sign * weight);
  for (const feature of features) {
    const next = clamp((counts.counts.get(feature.hash) ?? 0) + sign * weight * feature.weight);
    setCount(postings, counts, feature.hash, next);
  }
}
