import {
  addExample,
  CategoryCounts,
  LOG_UNSEEN,
  setCount,
  SMOOTHING,
  type Postings,
} from './evidence.js';
import { featuresOf, type Feature, type LearningInput } from './features.js';
import { MODEL_STATE_VERSION, parseModelState, type ModelState } from './model-state.js';

/** Evidence weight of a person's correction (a MANUAL category). */
export const MANUAL_WEIGHT = 1;
/** Evidence weight of one of the user's rules: it says what they mean, but less than a correction. */
export const RULE_WEIGHT = 0.3;

const MAX_REASONS = 3;

/** The model's guess for an input. */
export interface Prediction {
  category: string;
  /** 0..1: the posterior of the guess times the square root of the share of the input's specific evidence the model has seen. */
  confidence: number;
  /** The words or metadata that drove the guess, most important first. */
  reasons: string[];
}

/** A guess without its reasons (what categorizing needs). */
export type Guess = Omit<Prediction, 'reasons'>;

interface Scored {
  counts: CategoryCounts;
  logDenominator: number;
  logPosterior: number;
}

interface Decided {
  guess: Guess;
  best: Scored;
  second: Scored | undefined;
}

/**
 * A per-user multinomial naive Bayes over hashed features (see `featuresOf`). Learning and
 * unlearning one example touch only that example's features; the state is plain JSON.
 */
export class CategoryModel {
  readonly #categories = new Map<string, CategoryCounts>();
  readonly #postings: Postings = new Map();

  /** A model from a stored state. @throws InvalidModelStateError for a malformed state. */
  static fromJSON(raw: unknown): CategoryModel {
    const state = parseModelState(raw);
    const model = new CategoryModel();
    for (const category of state.categories) {
      const counts = model.#counts(category.name);
      counts.examples = category.examples;
      for (const [hash, count] of Object.entries(category.counts))
        setCount(model.#postings, counts, Number(hash), count);
    }
    return model;
  }

  toJSON(): ModelState {
    return {
      version: MODEL_STATE_VERSION,
      categories: [...this.#categories.values()].map((counts) => ({
        name: counts.name,
        examples: counts.examples,
        counts: Object.fromEntries(
          [...counts.counts].map(([hash, count]) => [String(hash), count]),
        ),
      })),
    };
  }

  /** Weighted number of examples learned, over every category. */
  get examples(): number {
    let examples = 0;
    for (const counts of this.#categories.values()) examples += counts.examples;
    return examples;
  }

  /** Learns that `input` belongs to `category`, with this evidence weight. */
  learn(input: LearningInput, category: string, weight: number = MANUAL_WEIGHT): void {
    this.#apply(featuresOf(input), category, weight, 1);
  }

  /** Takes back an example learned with {@link learn} (same input, category and weight). */
  unlearn(input: LearningInput, category: string, weight: number = MANUAL_WEIGHT): void {
    if (this.#categories.has(category)) this.#apply(featuresOf(input), category, weight, -1);
  }

  /** A changed correction: the input no longer belongs to `from` but to `to`. */
  relearn(input: LearningInput, from: string, to: string, weight: number = MANUAL_WEIGHT): void {
    const features = featuresOf(input);
    if (this.#categories.has(from)) this.#apply(features, from, weight, -1);
    this.#apply(features, to, weight, 1);
  }

  /** The best guess for `input` with its reasons, or null when the model has learned nothing that applies. */
  predict(input: LearningInput): Prediction | null {
    const features = featuresOf(input);
    const decided = this.#decide(features);
    if (decided === null) return null;
    return { ...decided.guess, reasons: this.#reasons(features, decided) };
  }

  /** {@link predict} without the reasons: cheaper, for categorizing. */
  guess(input: LearningInput): Guess | null {
    return this.#decide(featuresOf(input))?.guess ?? null;
  }

  #counts(category: string): CategoryCounts {
    let counts = this.#categories.get(category);
    if (counts === undefined) {
      counts = new CategoryCounts(category);
      this.#categories.set(category, counts);
    }
    return counts;
  }

  #apply(features: readonly Feature[], category: string, weight: number, sign: 1 | -1): void {
    const counts = this.#counts(category);
    addExample(this.#postings, counts, features, weight, sign);
    if (counts.examples === 0) this.#categories.delete(category);
  }

  #decide(features: readonly Feature[]): Decided | null {
    if (this.#categories.size === 0) return null;
    let specific = 0;
    let known = 0;
    let weight = 0;
    for (const counts of this.#categories.values()) counts.score = 0;
    for (const feature of features) {
      weight += feature.weight;
      const posting = this.#postings.get(feature.hash);
      if (feature.specific) {
        specific += feature.weight;
        if (posting !== undefined) known += feature.weight;
      }
      if (posting !== undefined)
        for (const [counts, delta] of posting) counts.score += feature.weight * delta;
    }
    if (known === 0) return null;
    const scored = this.#score(weight);
    const [best, second] = scored;
    if (best === undefined) return null;
    let normalizer = 0;
    for (const entry of scored) normalizer += Math.exp(entry.logPosterior - best.logPosterior);
    // Square root: a vendor's name alone is good evidence even when the rest of the text is new.
    const confidence = Math.sqrt(known / specific) / normalizer;
    return {
      guess: { category: best.counts.name, confidence: Math.min(1, Math.max(0, confidence)) },
      best,
      second,
    };
  }

  #score(weight: number): Scored[] {
    const vocabulary = Math.max(1, this.#postings.size);
    const examples = this.examples;
    const scored: Scored[] = [];
    for (const counts of this.#categories.values()) {
      const logDenominator = Math.log(counts.total + SMOOTHING * vocabulary);
      const logPosterior =
        Math.log(counts.examples / examples) +
        counts.score +
        weight * (LOG_UNSEEN - logDenominator);
      scored.push({ counts, logDenominator, logPosterior });
    }
    return scored.sort((a, b) => b.logPosterior - a.logPosterior);
  }

  #reasons(features: readonly Feature[], { best, second }: Decided): string[] {
    const byReason = new Map<string, number>();
    for (const feature of features) {
      if (!feature.specific) continue;
      const own = best.counts.logOf(feature.hash, this.#postings) - best.logDenominator;
      const other =
        second === undefined
          ? LOG_UNSEEN - best.logDenominator
          : second.counts.logOf(feature.hash, this.#postings) - second.logDenominator;
      byReason.set(
        feature.reason,
        (byReason.get(feature.reason) ?? 0) + feature.weight * (own - other),
      );
    }
    return [...byReason]
      .filter(([, contribution]) => contribution > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_REASONS)
      .map(([reason]) => reason);
  }
}
