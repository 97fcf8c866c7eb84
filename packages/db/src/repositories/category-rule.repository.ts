import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  CategoryRule,
  type CategoryRuleDefinition,
  type CategoryRuleEntity,
} from '../entities/category-rule.entity.js';

/** A reorder that does not name exactly the user's rules. */
export class InvalidRuleOrderError extends Error {
  constructor() {
    super('The new order must list each of the user’s rules exactly once');
    this.name = 'InvalidRuleOrderError';
  }
}

/** A user's categorization rules, applied in ascending priority. */
export class CategoryRuleRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** The user's rules in the order they apply. */
  async list(userId: string): Promise<CategoryRuleEntity[]> {
    return this.em.find(
      CategoryRule,
      { userId },
      { orderBy: [{ priority: 'asc' }, { id: 'asc' }] },
    );
  }

  /** Adds a rule, last unless a priority is given. */
  async create(
    userId: string,
    rule: CategoryRuleDefinition,
    priority?: number,
  ): Promise<CategoryRuleEntity> {
    const last = await this.em.findOne(CategoryRule, { userId }, { orderBy: { priority: 'desc' } });
    const row = this.em.create(CategoryRule, {
      userId,
      rule,
      priority: priority ?? (last ? last.priority + 1 : 0),
    });
    await this.em.flush();
    return row;
  }

  /** Replaces a rule's definition and/or priority; null if the user has no such rule. */
  async update(
    userId: string,
    id: string,
    changes: { rule?: CategoryRuleDefinition; priority?: number },
  ): Promise<CategoryRuleEntity | null> {
    const row = await this.em.findOne(CategoryRule, { id, userId });
    if (!row) return null;
    if (changes.rule) row.rule = changes.rule;
    if (changes.priority !== undefined) row.priority = changes.priority;
    await this.em.flush();
    return row;
  }

  /** Deletes a rule; false if the user has no such rule. */
  async remove(userId: string, id: string): Promise<boolean> {
    return (await this.em.nativeDelete(CategoryRule, { id, userId })) === 1;
  }

  /** Sets priorities 0..n-1 in the given order, in one transaction. */
  async reorder(userId: string, orderedIds: readonly string[]): Promise<CategoryRuleEntity[]> {
    return this.em.transactional(async (em) => {
      const rules = await em.find(CategoryRule, { userId });
      const byId = new Map(rules.map((rule) => [rule.id, rule]));
      if (orderedIds.length !== rules.length || new Set(orderedIds).size !== rules.length) {
        throw new InvalidRuleOrderError();
      }
      orderedIds.forEach((id, priority) => {
        const rule = byId.get(id);
        if (!rule) throw new InvalidRuleOrderError();
        rule.priority = priority;
      });
      await em.flush();
      return orderedIds.map((id) => byId.get(id) as CategoryRuleEntity);
    });
  }
}
