import type { CategoryRule } from './rule.schema.js';

/** The category a transaction gets when nothing else matches, as the integration guide says. */
export const DEFAULT_CATEGORY = 'Office Supplies';

/** Categories core knows by name; metadata values are matched to these case-insensitively. */
export const BUILT_IN_CATEGORIES: readonly string[] = Object.freeze([
  'Office Supplies',
  'Meals & Entertainment',
  'Transportation',
  'Software & Subscriptions',
  'Marketing & Advertising',
]);

/**
 * The built-in description patterns, as data run by the same engine as user rules. They run
 * after every user rule and in this order (their priorities only record that order); each word
 * matches whole and case-insensitively.
 */
export const BUILT_IN_RULES: readonly CategoryRule[] = Object.freeze(
  (
    [
      ['builtin:office-supplies', 'Office Supplies', ['office', 'supplies']],
      ['builtin:meals', 'Meals & Entertainment', ['food', 'lunch', 'restaurant']],
      ['builtin:transportation', 'Transportation', ['uber', 'lyft', 'taxi']],
      ['builtin:software', 'Software & Subscriptions', ['software', 'subscription']],
      ['builtin:marketing', 'Marketing & Advertising', ['advertising', 'marketing']],
    ] as const
  ).map(([id, category, words], index): CategoryRule => ({
    id,
    priority: index,
    category,
    match: { type: 'description_words', words: [...words] },
  })),
);
