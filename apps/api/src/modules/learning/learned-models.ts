import {
  CategoryModel,
  InvalidModelStateError,
  RULE_WEIGHT,
  ruleExample,
  type CategoryRule,
  type LearnedOptions,
  type StoredTransaction,
} from '@cora/core';
import { LearningRepository, type LearningExample, type LearningModelEntity } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';

/** What a transaction teaches the model: the fields it reads. */
export function exampleOf(
  row: Pick<
    StoredTransaction,
    'description' | 'metadata' | 'customerId' | 'amountMinor' | 'currency'
  >,
): LearningExample {
  return {
    description: row.description,
    metadata: { ...row.metadata },
    customerId: row.customerId,
    amountMinor: row.amountMinor,
    currency: row.currency,
  };
}

/** A stored model as core's model: empty when absent, null when of a shape this version cannot read (rebuild it). */
export function restoredModel(row: LearningModelEntity | null): CategoryModel | null {
  if (row === null) return new CategoryModel();
  try {
    return CategoryModel.fromJSON(row.state);
  } catch (error) {
    if (error instanceof InvalidModelStateError) return null;
    throw error;
  }
}

/**
 * The user's learned model as categorizing uses it: the stored corrections plus their rules as
 * weaker evidence. Null when learning is off or nothing was corrected yet.
 */
export class LearnedModels {
  /** @param threshold the confidence at which a guess becomes the category (`LEARNING_THRESHOLD`). */
  constructor(readonly threshold: number) {}

  async modelFor(
    em: SqlEntityManager,
    userId: string,
    rules: readonly CategoryRule[],
  ): Promise<CategoryModel | null> {
    const row = await new LearningRepository(em).model(userId);
    if (row === null || !row.enabled || row.corrections === 0) return null;
    const model = restoredModel(row);
    if (model === null) return null;
    for (const rule of rules) model.learn(ruleExample(rule), rule.category, RULE_WEIGHT);
    return model;
  }

  async optionsFor(
    em: SqlEntityManager,
    userId: string,
    rules: readonly CategoryRule[],
  ): Promise<LearnedOptions | undefined> {
    const model = await this.modelFor(em, userId, rules);
    return model === null ? undefined : { model, threshold: this.threshold };
  }
}
