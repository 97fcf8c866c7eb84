import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { StoredPayout } from '@cora/core';
import { newId } from '../ids.js';
import { StripeConnection } from './connection.entity.js';

/**
 * One Stripe payout of a connected account. `sourceVersion` is the change marker of the copy
 * stored (larger is newer); `entriesLinkedAt` is when the entries it settled were imported
 * from Stripe's `?payout=` listing (null: not yet).
 */
export const StripePayout = defineEntity({
  name: 'StripePayout',
  tableName: 'stripe_payout',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    connection: p.manyToOne(StripeConnection).ref().deleteRule('cascade').index(false),
    stripeId: p.string().length(191),
    amountMinor: p.bigint('number'),
    currency: p.string().length(3),
    status: p.string().length(32),
    arrivalDate: p.datetime(),
    createdAt: p.datetime(),
    automatic: p.boolean().default(true),
    balanceTransactionId: p.string().length(191).nullable(),
    sourceVersion: p.bigint('number'),
    entriesLinkedAt: p.datetime().nullable(),
    importedAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
  uniques: [
    { name: 'stripe_payout_stripe_id_connection_unique', properties: ['stripeId', 'connection'] },
  ],
  indexes: [{ name: 'stripe_payout_keyset_index', properties: ['connection', 'createdAt', 'id'] }],
});

/** A loaded StripePayout row. */
export type StripePayoutEntity = InferEntity<typeof StripePayout>;

type PayoutFieldsWithoutColumn = Exclude<keyof StoredPayout, keyof StripePayoutEntity>;
export const everyPayoutFieldHasAColumn: [PayoutFieldsWithoutColumn] extends [never]
  ? true
  : PayoutFieldsWithoutColumn = true;
