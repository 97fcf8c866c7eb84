export {
  BooksParseError,
  parseStripeBalanceTransaction,
  parseStripePayout,
  stripeBalanceTransactionSchema,
  stripePayoutSchema,
  type StripeBalanceTransactionInput,
  type StripePayoutInput,
} from './balance-transaction.schema.js';
export {
  importBalanceTransaction,
  importPayout,
  mapBalanceTransaction,
  mapPayout,
  type BalanceEntry,
  type Payout,
  type StoredBalanceEntry,
  type StoredPayout,
} from './balance-entry.js';
export { BOOK_CATEGORIES, bookCategory, isSale, SALES_CATEGORY } from './book-categories.js';
export {
  reconcilePayout,
  settledSums,
  type PayoutReconciliation,
  type SettledSums,
} from './reconciliation.js';
export {
  emptyTotals,
  SETTLEMENT_CLASSES,
  settlementClass,
  settlementTotals,
  withNet,
  type SettlementClass,
  type SettlementTotalsMinor,
} from './settlement.js';
