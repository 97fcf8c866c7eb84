import { useSubscription } from 'urql';
import { TransactionChangedSubscription } from './transactions.documents.js';

/**
 * Keeps the page in step with Stripe between syncs: every transaction a webhook changes
 * arrives here, and the cache refreshes the lists and statistics it affects.
 */
export function useLiveTransactions(): void {
  useSubscription({ query: TransactionChangedSubscription });
}
