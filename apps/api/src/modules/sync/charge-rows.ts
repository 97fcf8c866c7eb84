import {
  mapCharge,
  parseStripeCharge,
  type CategorizationResult,
  type CategorizeInput,
} from '@cora/core';
import { CategorySource, type TransactionUpsertRow } from '@cora/db';

export type Categorize = (input: CategorizeInput) => CategorizationResult;

/** A raw Stripe charge and the change marker of this copy of it. */
export interface VersionedCharge {
  charge: unknown;
  version: number;
}

/** A page of Stripe charges split into rows to import and charges to skip. */
export interface MappedPage {
  rows: TransactionUpsertRow[];
  skipped: number;
}

/**
 * Maps raw Stripe charges through core (parse, map, categorize). Charges that did not
 * succeed are skipped, not imported.
 */
export function mapChargePage(
  charges: readonly VersionedCharge[],
  categorize: Categorize,
): MappedPage {
  const rows: TransactionUpsertRow[] = [];
  let skipped = 0;
  for (const { charge, version } of charges) {
    const row = mapChargeRow(charge, categorize, version);
    if (row === null) skipped += 1;
    else rows.push(row);
  }
  return { rows, skipped };
}

/** One charge as a row, or null when it did not succeed. Malformed charges throw. */
export function mapChargeRow(
  raw: unknown,
  categorize: Categorize,
  sourceVersion: number,
): TransactionUpsertRow | null {
  const transaction = mapCharge(parseStripeCharge(raw));
  if (transaction.status !== 'succeeded') return null;
  const category = categorize(transaction);
  return {
    stripeId: transaction.stripeTransactionId,
    amountMinor: transaction.amountMinor,
    currency: transaction.currency,
    description: transaction.description,
    receiptUrl: transaction.receiptUrl,
    createdAt: transaction.createdAt,
    metadata: transaction.metadata,
    category: category.category,
    categorySource: CategorySource[category.source],
    categoryRuleId: category.ruleId,
    status: transaction.status,
    amountRefunded: transaction.amountRefunded,
    refunded: transaction.refunded,
    disputed: transaction.disputed,
    livemode: transaction.livemode,
    customerId: transaction.customerId,
    paymentIntentId: transaction.paymentIntentId,
    balanceTransactionId: transaction.balanceTransactionId,
    sourceVersion,
  };
}
