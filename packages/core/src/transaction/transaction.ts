import type { Categorize } from '../categorize/categorizer.js';
import { parseStripeCharge, type StripeChargeInput } from '../charge/charge.schema.js';
import type { Categorization } from './categorization.js';

// A type literal, not an interface: the database layer reads it column by column as a record.
/**
 * A Stripe charge as CORA's books record it. Money stays in minor units beside its currency;
 * the decimal string is formatted where it is shown, by `formatMinor`.
 */
export type Transaction = {
  /** `charge.id`, e.g. `ch_…`. */
  stripeId: string;
  /** `charge.amount` exactly as Stripe sent it, in the currency's minor unit. */
  amountMinor: number;
  /** ISO 4217, upper case. */
  currency: string;
  description: string | null;
  receiptUrl: string | null;
  /** `charge.created` (unix seconds) as a UTC instant. */
  createdAt: Date;
  metadata: Record<string, string>;
  /** Stripe's status of the charge: only `succeeded` ones are imported. */
  status: string;
  /** `charge.amount_refunded`, in minor units. */
  amountRefunded: number;
  refunded: boolean;
  disputed: boolean;
  livemode: boolean;
  customerId: string | null;
  paymentIntentId: string | null;
  balanceTransactionId: string | null;
};

/** A transaction with its category. */
export type CategorizedTransaction = Transaction & Categorization;

/** A categorized transaction and the change marker of the Stripe copy it came from (larger is newer). */
export type VersionedTransaction = CategorizedTransaction & { sourceVersion: number };

/** A transaction in the books: with CORA's id. */
export type StoredTransaction = CategorizedTransaction & { id: string };

/** Filters of a transaction list; `from` is inclusive, `to` exclusive. */
export interface TransactionFilter {
  /** A stored category, or every stored spelling of one category (see `spellingsOf`). */
  category?: string | readonly string[] | null;
  currency?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Case-insensitive substring of the description. */
  search?: string | null;
}

/** What a bookkeeper reads as the charge's state: disputed, refunded, partially refunded, or Stripe's. */
export function displayStatus(
  transaction: Pick<Transaction, 'status' | 'amountRefunded' | 'refunded' | 'disputed'>,
): string {
  if (transaction.disputed) return 'disputed';
  if (transaction.refunded) return 'refunded';
  if (transaction.amountRefunded > 0) return 'partially_refunded';
  return transaction.status;
}

/** Maps a parsed Stripe charge to a {@link Transaction}; pure and total for parsed input. */
export function mapCharge(charge: StripeChargeInput): Transaction {
  return {
    stripeId: charge.id,
    amountMinor: charge.amount,
    currency: charge.currency,
    description: charge.description,
    receiptUrl: charge.receipt_url,
    createdAt: new Date(charge.created * 1000),
    metadata: { ...charge.metadata },
    status: charge.status,
    amountRefunded: charge.amount_refunded,
    refunded: charge.refunded,
    disputed: charge.disputed,
    livemode: charge.livemode,
    customerId: charge.customer,
    paymentIntentId: charge.payment_intent,
    balanceTransactionId: charge.balance_transaction,
  };
}

/**
 * A raw Stripe charge (API or webhook JSON) as the books import it: parsed, mapped and
 * categorized; null when the charge did not succeed (those are skipped, not imported).
 * @throws ChargeParseError for a malformed charge.
 */
export function importCharge(raw: unknown, categorize: Categorize): CategorizedTransaction | null {
  const transaction = mapCharge(parseStripeCharge(raw));
  if (transaction.status !== 'succeeded') return null;
  return { ...transaction, ...categorize(transaction) };
}
