import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { newId } from '../ids.js';

/** One support action: who did what to which target, and when. */
export const AuditLog = defineEntity({
  name: 'AuditLog',
  tableName: 'audit_log',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    actor: p.string().length(191),
    role: p.string().length(32),
    action: p.string().length(64),
    target: p.string().length(191),
    at: p.datetime().onCreate(() => new Date()),
    details: p.json<Record<string, unknown>>().nullable(),
  }),
  indexes: [{ name: 'audit_log_target_index', properties: ['target', 'at', 'id'] }],
});

/** A loaded AuditLog row. */
export type AuditLogEntity = InferEntity<typeof AuditLog>;
