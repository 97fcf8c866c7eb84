import type { CategoryRuleFieldsFragment, CategoryRuleMatchType } from '../../../gql/graphql.js';

/** The match types in words, for the picker. */
export const MATCH_TYPES: Array<{ value: CategoryRuleMatchType; label: string; pattern: string }> =
  [
    { value: 'DESCRIPTION_CONTAINS', label: 'Description contains', pattern: 'Text' },
    { value: 'DESCRIPTION_REGEX', label: 'Description matches', pattern: 'Regular expression' },
    { value: 'METADATA_EQUALS', label: 'Metadata value equals', pattern: 'Value' },
  ];

/** A rule's condition as a sentence: Description contains "coffee". */
export function describeRule(rule: CategoryRuleFieldsFragment): string {
  switch (rule.matchType) {
    case 'DESCRIPTION_CONTAINS':
      return `Description contains "${rule.pattern}"`;
    case 'DESCRIPTION_REGEX':
      return `Description matches /${rule.pattern}/`;
    case 'METADATA_EQUALS':
      return `Metadata "${rule.metadataKey ?? ''}" is "${rule.pattern}"`;
  }
}

/** How many transactions a change moved, as a sentence. */
export function recategorizedText(count: number): string {
  if (count === 0) return 'No transaction changed category.';
  return count === 1
    ? '1 transaction changed category.'
    : `${count} transactions changed category.`;
}
