import { BUILT_IN_CATEGORIES, BUILT_IN_RULES, DEFAULT_CATEGORY } from './categories.js';
import { CategorySpellings } from './category-spelling.js';
import { compileMatch, MatchInput, metadataValue, type CategorizeInput } from './compile-rule.js';
import { InvalidRuleError, validateCategoryRule, type CategoryRule } from './rule.schema.js';
import type { CategoryModel } from '../learning/category-model.js';
import { DEFAULT_LEARNED_THRESHOLD } from '../learning/suggestion.js';
import { CategorySource, type Categorization } from '../transaction/categorization.js';

/** A prepared categorizer: the decision for one transaction (never MANUAL). */
export type Categorize = (input: CategorizeInput) => Categorization;

/** The user's learned model and the confidence at which its guess becomes the category. */
export interface LearnedOptions {
  model: CategoryModel;
  /** 0..1; {@link DEFAULT_LEARNED_THRESHOLD} unless set. */
  threshold?: number | undefined;
}

/** Options of {@link createCategorizer}. */
export interface CategorizerOptions {
  /** Validated again here; run after the metadata category and before the built-in rules. */
  userRules?: readonly CategoryRule[];
  /** The category when nothing matches; {@link DEFAULT_CATEGORY} unless set. */
  defaultCategory?: string;
  /** When set, a confident guess of the model decides after the user rules, before the built-in ones. */
  learned?: LearnedOptions | undefined;
  /**
   * The categories already in the user's books, first seen first: a decision naming one of them
   * in another case or spacing takes the spelling the user saw first.
   */
  knownCategories?: Iterable<string>;
}

/** The id reported when the metadata `category` entry decided. */
export const METADATA_CATEGORY_RULE_ID = 'builtin:metadata-category';

interface Step {
  id: string | null;
  source: CategorySource.METADATA | CategorySource.RULE | CategorySource.LEARNED;
  resolve(input: MatchInput): string | null;
}

function learnedStep({ model, threshold = DEFAULT_LEARNED_THRESHOLD }: LearnedOptions): Step {
  return {
    id: null,
    source: CategorySource.LEARNED,
    resolve(input) {
      const guess = model.guess(input.input);
      return guess !== null && guess.confidence >= threshold ? guess.category : null;
    },
  };
}

function ruleStep(rule: CategoryRule): Step {
  const matches = compileMatch(rule.match);
  return {
    id: rule.id,
    source: CategorySource.RULE,
    resolve: (input) => (matches(input) ? rule.category : null),
  };
}

const metadataStep: Step = {
  id: METADATA_CATEGORY_RULE_ID,
  source: CategorySource.METADATA,
  resolve(input) {
    const value = metadataValue(input.input.metadata, 'category')?.trim();
    return value ? value : null;
  },
};

function byPriorityThenId(a: CategoryRule, b: CategoryRule): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function checkedUserRules(rules: readonly CategoryRule[]): CategoryRule[] {
  const seen = new Set<string>();
  return rules.map((raw) => {
    const rule = validateCategoryRule(raw);
    if (seen.has(rule.id))
      throw new InvalidRuleError(`Invalid category rules: duplicate id "${rule.id}"`);
    seen.add(rule.id);
    return rule;
  });
}

/**
 * Builds a categorizer. Every rule is compiled once here, so each call only runs prepared
 * matchers, in this order (the one place of the precedence below MANUAL): the metadata
 * `category` entry (when non-empty) → user rules by priority, then id → the learned model's
 * guess when its confidence is at or above the threshold (LEARNED) → built-in description
 * rules → the default category. Below the threshold the guess is only a suggestion
 * (`suggestionFor`). Every decision is spelled as the first known name of its category (see
 * {@link CategorySpellings}): the books' categories, then the built-in ones, the default and
 * the rules' — and a new name, once decided, is the spelling later decisions of this
 * categorizer take.
 * @throws InvalidRuleError for an invalid or duplicate user rule or an empty default category.
 */
export function createCategorizer(options: CategorizerOptions = {}): Categorize {
  const defaultCategory = (options.defaultCategory ?? DEFAULT_CATEGORY).trim();
  if (!defaultCategory)
    throw new InvalidRuleError('Invalid categorizer: defaultCategory must not be empty');
  const userRules = checkedUserRules(options.userRules ?? []).sort(byPriorityThenId);

  const spellings = new CategorySpellings([
    ...(options.knownCategories ?? []),
    ...BUILT_IN_CATEGORIES,
    defaultCategory,
    ...userRules.map((rule) => rule.category),
  ]);
  const fallback = spellings.spell(defaultCategory);

  const steps: readonly Step[] = [
    metadataStep,
    ...userRules.map(ruleStep),
    ...(options.learned ? [learnedStep(options.learned)] : []),
    ...BUILT_IN_RULES.map(ruleStep),
  ];

  return (input) => {
    const prepared = new MatchInput(input);
    for (const step of steps) {
      const category = step.resolve(prepared);
      if (category !== null)
        return {
          category: spellings.spell(category),
          categorySource: step.source,
          categoryRuleId: step.id,
        };
    }
    return {
      category: fallback,
      categorySource: CategorySource.DEFAULT,
      categoryRuleId: null,
    };
  };
}
