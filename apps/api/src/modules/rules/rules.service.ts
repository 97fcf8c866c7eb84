import {
  createCategorizer,
  InvalidRuleError,
  validateCategoryRule,
  type CategoryRule,
} from '@cora/core';
import {
  CategoryRuleRepository,
  ConnectionRepository,
  InvalidRuleOrderError,
  recategorize,
  type CategoryRuleEntity,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badInput, notFound } from '../../errors/app-error.js';

/** A rule as the user edits it: everything but its id and priority. */
export type RuleDefinition = Omit<CategoryRule, 'id' | 'priority'>;

const RECATEGORIZE_BATCH = 500;

/** A user's category rules, and re-categorizing their books when the rules change. */
export class CategoryRuleService {
  /** The user's rules in core's format, in the order they apply. */
  async rulesFor(em: SqlEntityManager, userId: string): Promise<CategoryRule[]> {
    return (await new CategoryRuleRepository(em).list(userId)).map(toCoreRule);
  }

  async create(em: SqlEntityManager, userId: string, definition: RuleDefinition): Promise<number> {
    checked({ ...definition, id: 'new', priority: 0 });
    await new CategoryRuleRepository(em).create(userId, definition);
    return this.recategorize(em, userId);
  }

  async update(
    em: SqlEntityManager,
    userId: string,
    id: string,
    definition: RuleDefinition,
  ): Promise<number> {
    checked({ ...definition, id, priority: 0 });
    const updated = await new CategoryRuleRepository(em).update(userId, id, { rule: definition });
    if (updated === null) throw notFound('No such rule');
    return this.recategorize(em, userId);
  }

  async remove(em: SqlEntityManager, userId: string, id: string): Promise<number> {
    if (!(await new CategoryRuleRepository(em).remove(userId, id))) throw notFound('No such rule');
    return this.recategorize(em, userId);
  }

  async reorder(em: SqlEntityManager, userId: string, ids: readonly string[]): Promise<number> {
    try {
      await new CategoryRuleRepository(em).reorder(userId, ids);
    } catch (error) {
      if (error instanceof InvalidRuleOrderError) throw badInput(error.message);
      throw error;
    }
    return this.recategorize(em, userId);
  }

  /** Applies the current rules to every non-MANUAL transaction; returns how many changed. */
  async recategorize(em: SqlEntityManager, userId: string): Promise<number> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) return 0;
    const categorize = createCategorizer({ userRules: await this.rulesFor(em, userId) });
    return recategorize(em, connection.id, categorize, RECATEGORIZE_BATCH);
  }
}

function checked(raw: unknown): CategoryRule {
  try {
    return validateCategoryRule(raw);
  } catch (error) {
    if (error instanceof InvalidRuleError) throw badInput(error.message);
    throw error;
  }
}

function toCoreRule(entity: CategoryRuleEntity): CategoryRule {
  return validateCategoryRule({ ...entity.rule, id: entity.id, priority: entity.priority });
}
