import type { PayoutReconciliation, StoredBalanceEntry, StoredPayout } from '@cora/core';
import type { Keyset } from '../cursor.js';

/** A balance entry as the books show it: with its bookkeeping category. */
export type BookEntry = StoredBalanceEntry & { category: string };

/** A payout with the sums of the entries it settled. */
export type ReconciledPayout = StoredPayout & PayoutReconciliation;

/** A payout copy to store, with its change marker (larger is newer). */
export type VersionedPayout = Omit<StoredPayout, 'id'> & { sourceVersion: number };

/** Filters of the balance entry list; `from` is inclusive, `to` exclusive. */
export interface BalanceEntryFilter {
  type?: string | null;
  reportingCategory?: string | null;
  payoutId?: string | null;
  chargeId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** A page request of a newest-first list. */
export interface ListPageOptions {
  first?: number;
  after?: Keyset | null;
}

/** What a charge's balance transaction says of it, in the settlement currency. */
export interface ChargeSettlement {
  feeMinor: number;
  netMinor: number;
  currency: string;
  exchangeRate: number | null;
}
