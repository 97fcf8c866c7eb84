import { useSubscription } from 'urql';
import { PayoutChangedSubscription } from './books.documents.js';

/**
 * Keeps the page in step with Stripe's payouts between syncs: every payout a webhook
 * creates or changes arrives here, and the cache refreshes the books' lists and totals.
 */
export function useLivePayouts(): void {
  useSubscription({ query: PayoutChangedSubscription });
}
