import { graphql } from '../../../gql/index.js';

export const TransactionsQuery = graphql(`
  query Transactions($first: Int, $after: String, $filter: TransactionFilter) {
    stripeTransactions(first: $first, after: $after, filter: $filter) {
      ...TransactionPage
    }
  }
`);

export const SupportTransactionsQuery = graphql(`
  query SupportTransactions(
    $userId: String!
    $first: Int
    $after: String
    $filter: TransactionFilter
  ) {
    supportTransactions(userId: $userId, first: $first, after: $after, filter: $filter) {
      ...TransactionPage
    }
  }
`);

export const SetCategoryMutation = graphql(`
  mutation SetCategory($id: ID!, $category: String!) {
    setTransactionCategory(id: $id, category: $category) {
      ...TransactionFields
    }
  }
`);

/** Transactions changed by Stripe's webhooks, live (the user's own). */
export const TransactionChangedSubscription = graphql(`
  subscription TransactionChanged {
    stripeTransactionChanged {
      ...TransactionFields
    }
  }
`);
