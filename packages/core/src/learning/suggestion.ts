import { BUILT_IN_RULE_PREFIX } from '../categorize/rule.schema.js';
import { CategorySource, type Categorization } from '../transaction/categorization.js';
import type { Prediction } from './category-model.js';

/** The confidence at or above which a learned guess becomes the category (configurable where it is used). */
export const DEFAULT_LEARNED_THRESHOLD = 0.6;

/**
 * True when the learned model ranks above what decided: the default, a built-in pattern, or the
 * model itself. Never a person's choice, the metadata category or a rule the user wrote.
 */
export function learnedMayDecide(
  decided: Pick<Categorization, 'categorySource' | 'categoryRuleId'>,
): boolean {
  switch (decided.categorySource) {
    case CategorySource.DEFAULT:
    case CategorySource.LEARNED:
      return true;
    case CategorySource.RULE:
      return decided.categoryRuleId?.startsWith(BUILT_IN_RULE_PREFIX) ?? false;
    case CategorySource.MANUAL:
    case CategorySource.METADATA:
      return false;
  }
}

/**
 * The guess offered beside a category: the prediction when the model may decide there and it
 * names another category, else null.
 */
export function suggestionFor(
  decided: Categorization,
  prediction: Prediction | null,
): Prediction | null {
  if (prediction === null || !learnedMayDecide(decided)) return null;
  return prediction.category !== decided.category ? prediction : null;
}
