import { useQuery } from 'urql';
import type { TransactionFilter, TransactionPageFragment } from '../../../gql/graphql.js';
import { supportUserId, type DataSource } from '../source.js';
import { SupportTransactionsQuery, TransactionsQuery } from './transactions.documents.js';

/** One page of the source's transactions under a filter. */
export function useTransactions(
  source: DataSource,
  variables: { first: number; after: string | null; filter: TransactionFilter },
) {
  const [own, refetchOwn] = useQuery({
    query: TransactionsQuery,
    variables,
    pause: source.kind !== 'user',
  });
  const [other, refetchOther] = useQuery({
    query: SupportTransactionsQuery,
    variables: { ...variables, userId: supportUserId(source) },
    pause: source.kind !== 'support',
  });
  const isUser = source.kind === 'user';
  const state = isUser ? own : other;
  const page: TransactionPageFragment | undefined = isUser
    ? own.data?.stripeTransactions
    : other.data?.supportTransactions;
  const refetch = () => (isUser ? refetchOwn : refetchOther)({ requestPolicy: 'network-only' });
  return { page, fetching: state.fetching, error: state.error, refetch };
}
