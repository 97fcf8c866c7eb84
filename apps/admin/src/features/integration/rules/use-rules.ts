import { useQuery } from 'urql';
import type { CategoryRuleFieldsFragment } from '../../../gql/graphql.js';
import { supportUserId, type DataSource } from '../source.js';
import { CategoryRulesQuery, SupportCategoryRulesQuery } from './rules.documents.js';

/** The source's category rules in the order they run (lowest priority first). */
export function useRules(source: DataSource) {
  const [own, refetchOwn] = useQuery({ query: CategoryRulesQuery, pause: source.kind !== 'user' });
  const [other, refetchOther] = useQuery({
    query: SupportCategoryRulesQuery,
    variables: { userId: supportUserId(source) },
    pause: source.kind !== 'support',
  });
  const isUser = source.kind === 'user';
  const state = isUser ? own : other;
  const rules: CategoryRuleFieldsFragment[] | undefined = isUser
    ? own.data?.categoryRules
    : other.data?.supportCategoryRules;
  const refetch = () => (isUser ? refetchOwn : refetchOther)({ requestPolicy: 'network-only' });
  return {
    rules: rules && [...rules].sort((a, b) => a.priority - b.priority),
    fetching: state.fetching,
    error: state.error,
    refetch,
  };
}
