import { featuresOf, type Feature, type LearningInput } from './features.js';
import { MODEL_STATE_VERSION, parseModelState, type ModelState } from './model-state.js';

/** Evidence weight of a person's correction (a MANUAL category). */
export const MANUAL_WEIGHT = 1;
/** Evidence weight of one of the user's rules: it says what they mean, but less than a correction. */
export const RULE_WEIGHT = 0.3;

const SMOOTHING = 0.1;
const MAX_REASONS = 3;
const EPSILON = 1e-9;

/** The model's guess for an input. */
export interface Prediction {
  category: string;
  /** 0..1: the posterior of the guess times the share of the input's specific evidence the model has seen. */
  confidence: number;
  /** The words or metadata that drove the guess, most important first. */
  reasons: string[];
}

class CategoryCounts {
  examples = 0;
  total = 0;
  readonly counts = new Map<number, number>();

  add(features: readonly Feature[], weight: number, sign: 1 | -1): void {
    this.examples = clamp(this.examples + sign * weight);
    for (const feature of features) {
      const delta = sign * weight * feature.weight;
      const next = clamp((this.counts.get(feature.hash) ?? 0) + delta);
      if (next === 0) this.counts.delete(feature.hash);
      else this.counts.set(feature.hash, next);
      this.total = clamp(this.total + delta);
    }
  }
}

function clamp(value: number): number {
  return value < EPSILON ? 0 : value;
}

/**
 * A per-user multinomial naive Bayes over hashed features (see `featuresOf`). Learning and
 * unlearning one example touch only that example's features; the state is plain JSON.
 */
export class CategoryModel {
  readonly #categories = new Map<string, CategoryCounts>();
  readonly #seen = new Map<number, number>();

  /** A model from a stored state. @throws InvalidModelStateError for a malformed state. */
  static fromJSON(raw: unknown): CategoryModel {
    const state = parseModelState(raw);
    const model = new CategoryModel();
    for (const category of state.categories) {
      const counts = new CategoryCounts();
      counts.examples = category.examples;
      for (const [hash, count] of Object.entries(category.counts)) {
        counts.counts.set(Number(hash), count);
        counts.total += count;
        model.#seen.set(Number(hash), (model.#seen.get(Number(hash)) ?? 0) + count);
      }
      model.#categories.set(category.name, counts);
    }
    return model;
  }

  toJSON(): ModelState {
    return {
      version: MODEL_STATE_VERSION,
      categories: [...this.#categories]
        .filter(([, counts]) => counts.examples > 0)
        .map(([name, counts]) => ({
          name,
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
    if (!this.#categories.has(category)) return;
    this.#apply(featuresOf(input), category, weight, -1);
  }

  /** A changed correction: the input no longer belongs to `from` but to `to`. */
  relearn(input: LearningInput, from: string, to: string, weight: number = MANUAL_WEIGHT): void {
    const features = featuresOf(input);
    if (this.#categories.has(from)) this.#apply(features, from, weight, -1);
    this.#apply(features, to, weight, 1);
  }

  /** The best guess for `input`, or null when the model has learned nothing that applies. */
  predict(input: LearningInput): Prediction | null {
    if (this.#categories.size === 0) return null;
    const features = featuresOf(input);
    let specific = 0;
    let known = 0;
    for (const feature of features) {
      if (!feature.specific) continue;
      specific += feature.weight;
      if (this.#seen.has(feature.hash)) known += feature.weight;
    }
    if (known === 0) return null;
    const scored = this.#score(features);
    const [best, second] = scored;
    if (best === undefined) return null;
    let normalizer = 0;
    for (const entry of scored) normalizer += Math.exp(entry.logPosterior - best.logPosterior);
    const confidence = (1 / normalizer) * (known / specific);
    return {
      category: best.name,
      confidence: Math.min(1, Math.max(0, confidence)),
      reasons: this.#reasons(features, best, second),
    };
  }

  #apply(features: readonly Feature[], category: string, weight: number, sign: 1 | -1): void {
    let counts = this.#categories.get(category);
    if (counts === undefined) {
      counts = new CategoryCounts();
      this.#categories.set(category, counts);
    }
    counts.add(features, weight, sign);
    for (const feature of features) {
      const next = clamp((this.#seen.get(feature.hash) ?? 0) + sign * weight * feature.weight);
      if (next === 0) this.#seen.delete(feature.hash);
      else this.#seen.set(feature.hash, next);
    }
    if (counts.examples === 0) this.#categories.delete(category);
  }

  #score(features: readonly Feature[]): Scored[] {
    const vocabulary = Math.max(1, this.#seen.size);
    const examples = this.examples;
    const scored: Scored[] = [];
    for (const [name, counts] of this.#categories) {
      const logDenominator = Math.log(counts.total + SMOOTHING * vocabulary);
      let logPosterior = Math.log(counts.examples / examples);
      for (const feature of features) {
        const count = counts.counts.get(feature.hash) ?? 0;
        logPosterior += feature.weight * (Math.log(count + SMOOTHING) - logDenominator);
      }
      scored.push({ name, counts, logDenominator, logPosterior });
    }
    return scored.sort((a, b) => b.logPosterior - a.logPosterior);
  }

  #reasons(features: readonly Feature[], best: Scored, second: Scored | undefined): string[] {
    const byReason = new Map<string, number>();
    for (const feature of features) {
      if (!feature.specific) continue;
      const own =
        Math.log((best.counts.counts.get(feature.hash) ?? 0) + SMOOTHING) - best.logDenominator;
      const other =
        second === undefined
          ? Math.log(SMOOTHING) - best.logDenominator
          : Math.log((second.counts.counts.get(feature.hash) ?? 0) + SMOOTHING) -
            second.logDenominator;
      const contribution = feature.weight * (own - other);
      byReason.set(feature.reason, (byReason.get(feature.reason) ?? 0) + contribution);
    }
    return [...byReason]
      .filter(([, contribution]) => contribution > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_REASONS)
      .map(([reason]) => reason);
  }
}

interface Scored {
  name: string;
  counts: CategoryCounts;
  logDenominator: number;
  logPosterior: number;
}
