import type { CategoryRule } from '@cora/core';
import { badInput } from '../../errors/app-error.js';
import { plainTextArg } from '../../graphql/args.js';
import type { RuleDefinition } from './rules.service.js';
import { CategoryRuleMatchType, CategoryRuleView, type CategoryRuleInput } from './rules.types.js';

/** GraphQL's flat rule input as core's rule definition (core validates the rest). */
export function toRuleDefinition(input: CategoryRuleInput): RuleDefinition {
  const category = plainTextArg(input.category, 'input.category');
  const pattern = plainTextArg(input.pattern, 'input.pattern');
  if (input.metadataKey) plainTextArg(input.metadataKey, 'input.metadataKey');
  switch (input.matchType) {
    case CategoryRuleMatchType.DESCRIPTION_CONTAINS:
      return { category, match: { type: 'description_contains', value: pattern } };
    case CategoryRuleMatchType.DESCRIPTION_REGEX:
      return { category, match: { type: 'description_regex', pattern } };
    case CategoryRuleMatchType.METADATA_EQUALS:
      if (!input.metadataKey) throw badInput('metadataKey is required for METADATA_EQUALS');
      return {
        category,
        match: { type: 'metadata_equals', key: input.metadataKey, value: pattern },
      };
  }
}

/** Core's rule as GraphQL shows it. */
export function toRuleView(rule: CategoryRule): CategoryRuleView {
  const view = new CategoryRuleView();
  view.id = rule.id;
  view.priority = rule.priority;
  view.category = rule.category;
  view.metadataKey = null;
  const { match } = rule;
  switch (match.type) {
    case 'description_contains':
      return Object.assign(view, {
        matchType: CategoryRuleMatchType.DESCRIPTION_CONTAINS,
        pattern: match.value,
      });
    case 'description_regex':
      return Object.assign(view, {
        matchType: CategoryRuleMatchType.DESCRIPTION_REGEX,
        pattern: match.pattern,
      });
    case 'metadata_equals':
      return Object.assign(view, {
        matchType: CategoryRuleMatchType.METADATA_EQUALS,
        pattern: match.value,
        metadataKey: match.key,
      });
    case 'description_words':
      return Object.assign(view, {
        matchType: CategoryRuleMatchType.DESCRIPTION_CONTAINS,
        pattern: match.words.join(', '),
      });
  }
}
