import type { Prediction } from './category-model.js';

/** The confidence at or above which a learned guess becomes the category (configurable where it is used). */
export const DEFAULT_LEARNED_THRESHOLD = 0.6;

/** The guess offered beside a category: the prediction when it names another category, else null. */
export function suggestionFor(category: string, prediction: Prediction | null): Prediction | null {
  return prediction !== null && prediction.category !== category ? prediction : null;
}
