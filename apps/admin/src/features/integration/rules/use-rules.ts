import type { DataSource } from '../source.js';
import { useSourceQuery } from '../use-source-query.js';
import { CategoryRulesQuery, SupportCategoryRulesQuery } from './rules.documents.js';

/** The source's category rules in the order they run (lowest priority first). */
export function useRules(source: DataSource) {
  const { value, ...state } = useSourceQuery(source, {
    user: { query: CategoryRulesQuery, variables: {}, pick: (data) => data.categoryRules },
    support: {
      query: SupportCategoryRulesQuery,
      variables: (userId) => ({ userId }),
      pick: (data) => data.supportCategoryRules,
    },
  });
  return { rules: value && [...value].sort((a, b) => a.priority - b.priority), ...state };
}
