import {
  createCategorizer,
  InvalidRuleError,
  type Categorize,
  validateCategoryRule,
  type CategoryRule,
} from '@cora/core';
import {
  CategoryRuleRepository,
  ConnectionRepository,
  InvalidRuleOrderError,
  recategorize,
  StatsRepository,
  type CategoryRuleEntity,
  type RecategorizedListener,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badInput, notFound } from '../../errors/app-error.js';
import type { LearnedModels } from '../learning/learned-models.js';
import { categorySpellings } from '../transactions/category-names.js';

/** A rule as the user edits it: everything but its id and priority. */
export type RuleDefinition = Omit<CategoryRule, 'id' | 'priority'>;

const RECATEGORIZE_BATCH = 500;

/** A user's category rules, and re-categorizing their books when the rules change. */
export class CategoryRuleService {
  /** @param learned the users' learned models; without it, rules and built-in patterns alone. */
  constructor(private readonly learned?: LearnedModels) {}

  /** The user's rules in core's format, in the order they apply. */
  async rulesFor(em: SqlEntityManager, userId: string): Promise<CategoryRule[]> {
    return (await new CategoryRuleRepository(em).list(userId)).map(toCoreRule);
  }

  /**
   * How the user's transactions are categorized now: their rules and learned model, in core's
   * precedence, with the spellings of the categories their books already have (see
   * `createCategorizer`'s `knownCategories`). The one place a categorizer is built for a user
   * (sync, webhooks, re-categorizing).
   */
  async categorizerFor(em: SqlEntityManager, userId: string): Promise<Categorize> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    const [userRules, known] = await Promise.all([
      this.rulesFor(em, userId),
      connection === null ? [] : new StatsRepository(em).categoryNames(connection.id),
    ]);
    const learned = await this.learned?.optionsFor(em, userId, userRules);
    return createCategorizer({ userRules, learned, knownCategories: known });
  }

  async create(em: SqlEntityManager, userId: string, definition: RuleDefinition): Promise<number> {
    checked({ ...definition, id: 'new', priority: 0 });
    const spelled = await this.spelled(em, userId, definition);
    await new CategoryRuleRepository(em).create(userId, spelled);
    return this.recategorize(em, userId);
  }

  async update(
    em: SqlEntityManager,
    userId: string,
    id: string,
    definition: RuleDefinition,
  ): Promise<number> {
    checked({ ...definition, id, priority: 0 });
    const spelled = await this.spelled(em, userId, definition);
    const updated = await new CategoryRuleRepository(em).update(userId, id, { rule: spelled });
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

  /** Applies the current rules and model to every non-MANUAL transaction; returns how many changed. */
  async recategorize(
    em: SqlEntityManager,
    userId: string,
    onChanged?: RecategorizedListener,
  ): Promise<number> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) return 0;
    const categorize = await this.categorizerFor(em, userId);
    return recategorize(em, connection.id, categorize, RECATEGORIZE_BATCH, onChanged);
  }

  /** The definition with its category in the spelling the user's books and rules already use. */
  private async spelled(
    em: SqlEntityManager,
    userId: string,
    definition: RuleDefinition,
  ): Promise<RuleDefinition> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    const rules = await this.rulesFor(em, userId);
    const spellings = await categorySpellings(
      em,
      connection?.id ?? null,
      rules.map((rule) => rule.category),
    );
    return { ...definition, category: spellings.spell(definition.category) };
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
