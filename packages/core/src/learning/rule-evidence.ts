import type { CategoryRule } from '../categorize/rule.schema.js';
import type { LearningInput } from './features.js';

// Literal words of a regex pattern (letters only, three or more): what the user meant it to find.
const LITERAL_WORD = /\p{L}{3,}/gu;

/**
 * What one of the user's rules says about their categories, as an example the model learns
 * with `RULE_WEIGHT`: the words it looks for, or the metadata entry it matches.
 */
export function ruleExample(rule: CategoryRule): LearningInput {
  const { match } = rule;
  switch (match.type) {
    case 'description_contains':
      return { description: match.value, metadata: {} };
    case 'description_words':
      return { description: match.words.join(' '), metadata: {} };
    case 'description_regex':
      return { description: (match.pattern.match(LITERAL_WORD) ?? []).join(' '), metadata: {} };
    case 'metadata_equals':
      return { description: null, metadata: { [match.key]: match.value } };
  }
}
