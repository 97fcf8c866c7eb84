import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { CategorySource, StoredTransaction } from '@cora/core';
import { newId } from '../ids.js';
import { StripeConnection } from './connection.entity.js';

/**
 * One imported Stripe charge. Unique per (connection, Stripe id). `sourceVersion` is the
 * Stripe object's change marker (larger is newer) and `contentHash` fingerprints the Stripe
 * fields, so a re-import compares without reading whole rows.
 */
export const StripeTransaction = defineEntity({
  name: 'StripeTransaction',
  tableName: 'stripe_transaction',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    connection: p.manyToOne(StripeConnection).ref().deleteRule('cascade').index(false),
    stripeId: p.string().length(191),
    amountMinor: p.bigint('number'),
    currency: p.string().length(3),
    description: p.text().nullable(),
    /** `description` folded by `foldCase`, written with it: what the list's search reads. */
    descriptionFolded: p.text().nullable(),
    receiptUrl: p.text().nullable(),
    createdAt: p.datetime(),
    metadata: p.json<Record<string, string>>(),
    category: p.string().length(191),
    categorySource: p.string().$type<CategorySource>().length(16),
    categoryRuleId: p.string().length(191).nullable(),
    status: p.string().length(32),
    amountRefunded: p.bigint('number').default(0),
    refunded: p.boolean().default(false),
    disputed: p.boolean().default(false),
    livemode: p.boolean().default(false),
    customerId: p.string().length(191).nullable(),
    paymentIntentId: p.string().length(191).nullable(),
    balanceTransactionId: p.string().length(191).nullable(),
    sourceVersion: p.bigint('number'),
    contentHash: p.string().length(32),
    importedAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
  uniques: [
    // Stripe id first: the page lookup probes it by Stripe ids and must not depend on the
    // planner's row estimate for a connection (stale while a first import fills the table).
    {
      name: 'stripe_transaction_stripe_id_connection_unique',
      properties: ['stripeId', 'connection'],
    },
  ],
  // Every index costs each bulk insert; these are the ones the reads need. The leading
  // connection column of the keyset indexes also serves as the foreign-key index.
  indexes: [
    // Scanned backwards for newest-first keyset pages: (connection, createdAt desc, id desc).
    { name: 'stripe_transaction_keyset_index', properties: ['connection', 'createdAt', 'id'] },
    // The same order within one category or currency, for the list filters.
    {
      name: 'stripe_transaction_category_index',
      properties: ['connection', 'category', 'createdAt', 'id'],
    },
    {
      name: 'stripe_transaction_currency_index',
      properties: ['connection', 'currency', 'createdAt', 'id'],
    },
  ],
});

/** A loaded StripeTransaction row. */
export type StripeTransactionEntity = InferEntity<typeof StripeTransaction>;

// Every field of the domain's transaction has its column: one added to core alone fails here.
type FieldsWithoutColumn = Exclude<keyof StoredTransaction, keyof StripeTransactionEntity>;
export const everyTransactionFieldHasAColumn: [FieldsWithoutColumn] extends [never]
  ? true
  : FieldsWithoutColumn = true;
