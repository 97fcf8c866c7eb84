import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { AlertState } from '../enums.js';
import { newId } from '../ids.js';

/**
 * A monitoring alert: fired once for a rule and target, kept until it resolves. The partial
 * unique index keeps at most one FIRING alert per (rule, target), across instances.
 */
export const Alert = defineEntity({
  name: 'Alert',
  tableName: 'alert',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    rule: p.string().length(64),
    target: p.string().length(191),
    state: p.enum(() => AlertState).default(AlertState.FIRING),
    message: p.text(),
    firedAt: p.datetime().onCreate(() => new Date()),
    resolvedAt: p.datetime().nullable(),
  }),
  indexes: [{ name: 'alert_state_index', properties: ['state', 'firedAt'] }],
  uniques: [
    {
      name: 'alert_one_firing_unique',
      expression: `create unique index "alert_one_firing_unique" on "alert" ("rule", "target") where "state" = 'FIRING'`,
    },
  ],
});

/** A loaded Alert row. */
export type AlertEntity = InferEntity<typeof Alert>;
