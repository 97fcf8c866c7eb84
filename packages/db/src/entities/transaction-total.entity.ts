import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { StripeConnection } from './connection.entity.js';

// Running totals, kept in step with stripe_transaction inside the same transactions that
// write it, so statistics read a few rows instead of aggregating a connection's history.

/** Sum and count of a connection's transactions per category and currency. */
export const TransactionCategoryTotal = defineEntity({
  name: 'TransactionCategoryTotal',
  tableName: 'transaction_category_total',
  properties: (p) => ({
    connection: p.manyToOne(StripeConnection).ref().primary().deleteRule('cascade').index(false),
    category: p.string().length(191).primary(),
    currency: p.string().length(3).primary(),
    amount: p.bigint('string').default(0),
    count: p.integer().default(0),
  }),
});

/** Sum and count of a connection's transactions per UTC day (days since 1970) and currency. */
export const TransactionDailyTotal = defineEntity({
  name: 'TransactionDailyTotal',
  tableName: 'transaction_daily_total',
  properties: (p) => ({
    connection: p.manyToOne(StripeConnection).ref().primary().deleteRule('cascade').index(false),
    day: p.integer().primary(),
    currency: p.string().length(3).primary(),
    amount: p.bigint('string').default(0),
    count: p.integer().default(0),
  }),
});

/** A loaded TransactionCategoryTotal row. */
export type TransactionCategoryTotalEntity = InferEntity<typeof TransactionCategoryTotal>;
/** A loaded TransactionDailyTotal row. */
export type TransactionDailyTotalEntity = InferEntity<typeof TransactionDailyTotal>;
