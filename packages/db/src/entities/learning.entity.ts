import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { newId } from '../ids.js';

/** What a correction teaches: the transaction's fields the model reads, as they were. */
export interface LearningExample {
  description: string | null;
  metadata: Record<string, string>;
  customerId: string | null;
  amountMinor: number;
  currency: string;
}

/**
 * A user's learned categorization model: core's JSON state, `version` bumped on each save (a
 * save that lost a race is refused), `corrections` the number of corrections it learned from.
 */
export const LearningModel = defineEntity({
  name: 'LearningModel',
  tableName: 'learning_model',
  properties: (p) => ({
    userId: p.string().length(191).primary(),
    state: p.json<Record<string, unknown>>(),
    version: p.integer().default(0),
    corrections: p.integer().default(0),
    enabled: p.boolean().default(true),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});

/** A loaded LearningModel row. */
export type LearningModelEntity = InferEntity<typeof LearningModel>;

/** A person's category for one transaction, kept so the model can be rebuilt from them. */
export const LearningCorrection = defineEntity({
  name: 'LearningCorrection',
  tableName: 'learning_correction',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    userId: p.string().length(191),
    transactionId: p.uuid(),
    category: p.string().length(191),
    example: p.json<LearningExample>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
  uniques: [
    {
      name: 'learning_correction_user_transaction_unique',
      properties: ['userId', 'transactionId'],
    },
  ],
});

/** A loaded LearningCorrection row. */
export type LearningCorrectionEntity = InferEntity<typeof LearningCorrection>;
