import {
  parseStripeBalanceTransaction,
  parseStripePayout,
  type StripeBalanceTransactionInput,
  type StripePayoutInput,
} from './balance-transaction.schema.js';

// Type literals, not interfaces: the database layer reads them column by column as records.
/**
 * One movement of the Stripe balance as the books record it (a Stripe balance transaction).
 * Money stays in minor units of the settlement `currency`, signed as it moves the balance.
 */
export type BalanceEntry = {
  /** `txn_…`. */
  stripeId: string;
  type: string;
  reportingCategory: string;
  amountMinor: number;
  /** What Stripe kept, ≥ 0 as Stripe reports it. */
  feeMinor: number;
  /** `amount − fee`, as Stripe reports it. */
  netMinor: number;
  /** The settlement currency, upper case. */
  currency: string;
  /** Set when the source was in another currency. */
  exchangeRate: number | null;
  /** `ch_…`, `re_…`, `dp_…`, `po_…`; null when Stripe names none. */
  sourceId: string | null;
  /** The charge a charge, refund or dispute entry belongs to, once known. */
  chargeId: string | null;
  /** The automatic payout that settled it, once known (never the payout's own entry). */
  payoutId: string | null;
  status: string;
  availableOn: Date;
  createdAt: Date;
  description: string | null;
};

/** A balance entry in the books: with CORA's id. */
export type StoredBalanceEntry = BalanceEntry & { id: string };

/** A Stripe payout as the books record it. */
export type Payout = {
  /** `po_…`. */
  stripeId: string;
  /** Positive: what reaches the bank, in minor units of `currency`. */
  amountMinor: number;
  currency: string;
  /** Stripe's: paid, pending, in_transit, canceled, failed. */
  status: string;
  arrivalDate: Date;
  createdAt: Date;
  automatic: boolean;
  /** The payout's own balance transaction. */
  balanceTransactionId: string | null;
};

/** A payout in the books: with CORA's id. */
export type StoredPayout = Payout & { id: string };

const CHARGE_SOURCE = /^(ch|py)_/;

/**
 * Maps a parsed balance transaction to a {@link BalanceEntry}. `settledBy` is the payout
 * whose `?payout=` listing returned it: recorded on every entry but that payout's own.
 */
export function mapBalanceTransaction(
  txn: StripeBalanceTransactionInput,
  settledBy: string | null = null,
): BalanceEntry {
  const sourceId = txn.source.id;
  const ownEntryOfPayout = settledBy !== null && sourceId === settledBy;
  return {
    stripeId: txn.id,
    type: txn.type,
    reportingCategory: txn.reporting_category,
    amountMinor: txn.amount,
    feeMinor: txn.fee,
    netMinor: txn.net,
    currency: txn.currency,
    exchangeRate: txn.exchange_rate,
    sourceId,
    chargeId:
      txn.source.charge ?? (sourceId !== null && CHARGE_SOURCE.test(sourceId) ? sourceId : null),
    payoutId: ownEntryOfPayout ? null : settledBy,
    status: txn.status,
    availableOn: new Date(txn.available_on * 1000),
    createdAt: new Date(txn.created * 1000),
    description: txn.description,
  };
}

/**
 * A raw Stripe balance transaction (API or webhook JSON) as the books import it.
 * @throws BooksParseError for a malformed one.
 */
export function importBalanceTransaction(
  raw: unknown,
  settledBy: string | null = null,
): BalanceEntry {
  return mapBalanceTransaction(parseStripeBalanceTransaction(raw), settledBy);
}

/** Maps a parsed payout to a {@link Payout}. */
export function mapPayout(payout: StripePayoutInput): Payout {
  return {
    stripeId: payout.id,
    amountMinor: payout.amount,
    currency: payout.currency,
    status: payout.status,
    arrivalDate: new Date(payout.arrival_date * 1000),
    createdAt: new Date(payout.created * 1000),
    automatic: payout.automatic,
    balanceTransactionId: payout.balance_transaction,
  };
}

/**
 * A raw Stripe payout as the books import it.
 * @throws BooksParseError for a malformed one.
 */
export function importPayout(raw: unknown): Payout {
  return mapPayout(parseStripePayout(raw));
}
