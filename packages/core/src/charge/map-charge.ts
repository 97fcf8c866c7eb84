import type { CurrencyCode } from '../money/currency.js';
import { formatMinor } from '../money/amount.js';
import type { StripeChargeInput } from './charge.schema.js';

/** A Stripe charge as CORA's books record it. Money stays in minor units plus a decimal string. */
export interface CoraTransaction {
  /** `charge.id`, e.g. `ch_…`. */
  stripeTransactionId: string;
  /** `charge.amount` exactly as Stripe sent it, in the currency's minor unit. */
  amountMinor: number;
  /** Major units as a decimal string by the currency's Stripe exponent: "25.00", "2500", "2.500". */
  amount: string;
  currency: CurrencyCode;
  description: string | null;
  receiptUrl: string | null;
  /** `charge.created` (unix seconds) as a UTC instant. */
  createdAt: Date;
  /** `charge.metadata` as an object; serialize it where a string is needed. */
  metadata: Record<string, string>;
  status: string;
  paid: boolean;
  refunded: boolean;
  /** `charge.amount_refunded`, in minor units. */
  amountRefunded: number;
  livemode: boolean;
  customerId: string | null;
  paymentIntentId: string | null;
  balanceTransactionId: string | null;
  disputed: boolean;
}

/** Maps a parsed Stripe charge to a {@link CoraTransaction}; pure and total for parsed input. */
export function mapCharge(charge: StripeChargeInput): CoraTransaction {
  return {
    stripeTransactionId: charge.id,
    amountMinor: charge.amount,
    amount: formatMinor(charge.amount, charge.currency),
    currency: charge.currency,
    description: charge.description,
    receiptUrl: charge.receipt_url,
    createdAt: new Date(charge.created * 1000),
    metadata: { ...charge.metadata },
    status: charge.status,
    paid: charge.paid,
    refunded: charge.refunded,
    amountRefunded: charge.amount_refunded,
    livemode: charge.livemode,
    customerId: charge.customer,
    paymentIntentId: charge.payment_intent,
    balanceTransactionId: charge.balance_transaction,
    disputed: charge.disputed,
  };
}
