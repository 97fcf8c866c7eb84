import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { StoredBalanceEntry } from '@cora/core';
import { newId } from '../ids.js';
import { StripeConnection } from './connection.entity.js';

/**
 * One Stripe balance transaction of a connected account: a movement of its balance (a sale,
 * a fee, a refund, a dispute, a payout). Unique per (connection, Stripe id).
 */
export const StripeBalanceEntry = defineEntity({
  name: 'StripeBalanceEntry',
  tableName: 'stripe_balance_entry',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    connection: p.manyToOne(StripeConnection).ref().deleteRule('cascade').index(false),
    stripeId: p.string().length(191),
    type: p.string().length(64),
    reportingCategory: p.string().length(64),
    amountMinor: p.bigint('number'),
    feeMinor: p.bigint('number'),
    netMinor: p.bigint('number'),
    currency: p.string().length(3),
    exchangeRate: p.double().nullable(),
    sourceId: p.string().length(191).nullable(),
    chargeId: p.string().length(191).nullable(),
    payoutId: p.string().length(191).nullable(),
    status: p.string().length(32),
    availableOn: p.datetime(),
    createdAt: p.datetime(),
    description: p.text().nullable(),
    importedAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
  uniques: [
    {
      name: 'stripe_balance_entry_stripe_id_connection_unique',
      properties: ['stripeId', 'connection'],
    },
  ],
  indexes: [
    // Newest-first keyset pages; the leading connection column serves the foreign key.
    { name: 'stripe_balance_entry_keyset_index', properties: ['connection', 'createdAt', 'id'] },
    // A payout's entries and their sums.
    { name: 'stripe_balance_entry_payout_index', properties: ['connection', 'payoutId'] },
    // A charge's entries; refunds and disputes found by their source.
    { name: 'stripe_balance_entry_charge_index', properties: ['connection', 'chargeId'] },
    { name: 'stripe_balance_entry_source_index', properties: ['connection', 'sourceId'] },
  ],
});

/** A loaded StripeBalanceEntry row. */
export type StripeBalanceEntryEntity = InferEntity<typeof StripeBalanceEntry>;

// Every field of the domain's balance entry has its column.
type EntryFieldsWithoutColumn = Exclude<keyof StoredBalanceEntry, keyof StripeBalanceEntryEntity>;
export const everyBalanceEntryFieldHasAColumn: [EntryFieldsWithoutColumn] extends [never]
  ? true
  : EntryFieldsWithoutColumn = true;
