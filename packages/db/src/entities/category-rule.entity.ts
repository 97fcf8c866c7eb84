import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { newId } from '../ids.js';

/** A rule in core's rule format, kept as JSON so this package stays independent of core. */
export type CategoryRuleDefinition = Record<string, unknown>;

/** One of a user's categorization rules; lower `priority` is applied first. */
export const CategoryRule = defineEntity({
  name: 'CategoryRule',
  tableName: 'category_rule',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    userId: p.string().length(191),
    priority: p.integer(),
    rule: p.json<CategoryRuleDefinition>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
  indexes: [{ name: 'category_rule_user_priority_index', properties: ['userId', 'priority'] }],
});

/** A loaded CategoryRule row. */
export type CategoryRuleEntity = InferEntity<typeof CategoryRule>;
