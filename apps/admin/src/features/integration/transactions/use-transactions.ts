import type { TransactionFilter } from '../../../gql/graphql.js';
import type { DataSource } from '../source.js';
import { useSourceQuery } from '../use-source-query.js';
import { SupportTransactionsQuery, TransactionsQuery } from './transactions.documents.js';

/** One page of the source's transactions under a filter. */
export function useTransactions(
  source: DataSource,
  variables: { first: number; after: string | null; filter: TransactionFilter },
) {
  const { value, ...state } = useSourceQuery(source, {
    user: { query: TransactionsQuery, variables, pick: (data) => data.stripeTransactions },
    support: {
      query: SupportTransactionsQuery,
      variables: (userId) => ({ ...variables, userId }),
      pick: (data) => data.supportTransactions,
    },
  });
  return { page: value, ...state };
}
