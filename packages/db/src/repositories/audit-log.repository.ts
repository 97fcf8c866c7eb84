import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { pageSize, toPage, type Keyset, type Page } from '../cursor.js';
import { olderThanCursor } from '../keyset.js';
import { AuditLog, type AuditLogEntity } from '../entities/audit-log.entity.js';

/** One support action to record. */
export interface AuditEntry {
  actor: string;
  role: string;
  action: string;
  target: string;
  details?: Record<string, unknown> | null;
  at?: Date;
}

/** The append-only log of support actions. */
export class AuditLogRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** Appends one entry. */
  async append(entry: AuditEntry): Promise<AuditLogEntity> {
    const row = this.em.create(AuditLog, {
      actor: entry.actor,
      role: entry.role,
      action: entry.action,
      target: entry.target,
      details: entry.details ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    });
    await this.em.flush();
    return row;
  }

  /** Entries about one target, newest first. */
  async listByTarget(
    target: string,
    options: { first?: number; after?: Keyset | null } = {},
  ): Promise<Page<AuditLogEntity>> {
    const limit = pageSize(options.first, 50);
    const where: FilterQuery<AuditLogEntity>[] = [{ target }];
    if (options.after) where.push(olderThanCursor('at', options.after));
    const rows = await this.em.find(
      AuditLog,
      { $and: where },
      { orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: limit + 1 },
    );
    return toPage(rows, limit, (row) => ({ at: row.at, id: row.id }));
  }

  /** Whether `actor` has an entry of `action` about `target` at or after `since`. */
  async hasSince(actor: string, target: string, action: string, since: Date): Promise<boolean> {
    const found = await this.em.findOne(
      AuditLog,
      { actor, target, action, at: { $gte: since } },
      { fields: ['id'] },
    );
    return found !== null;
  }

  /** How many entries are about one target. */
  async countByTarget(target: string): Promise<number> {
    return this.em.count(AuditLog, { target });
  }
}
