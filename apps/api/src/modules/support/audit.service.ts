import type { SqlEntityManager } from '@mikro-orm/knex';
import { AuditLogRepository } from '@cora/db';
import type { Logger } from 'pino';
import type { Identity } from '../../auth/identity.js';

/** How long one support visit lasts: reads of the same target within it are one entry. */
export const VISIT_MS = 5 * 60_000;

/** The one entry a visit leaves: a user's connection, or the console's lists ('*'). */
export const VISIT_ACTIONS = { user: 'read_connection', console: 'read_console' } as const;

const isRead = (action: string): boolean =>
  action.startsWith('read_') || action.startsWith('list_');

/**
 * Records what support staff did, to whom; users' own actions are not audited here. Actions
 * are kept one by one; reads are folded into one entry per visit (per staff member and
 * target, per {@link VISIT_MS}), so a page's queries and its polling never drown them.
 */
export class AuditService {
  /** When each (actor, target) visit was last recorded by this instance. */
  private readonly visits = new Map<string, number>();

  constructor(private readonly logger: Logger) {}

  async record(
    em: SqlEntityManager,
    actor: Identity,
    action: string,
    target: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    if (actor.role !== 'support') return;
    if (isRead(action)) return this.recordVisit(em, actor, target);
    await this.append(em, actor, action, target, details);
  }

  private async recordVisit(em: SqlEntityManager, actor: Identity, target: string): Promise<void> {
    const now = Date.now();
    const key = `${actor.userId}\u0000${target}`;
    const last = this.visits.get(key);
    if (last !== undefined && now - last < VISIT_MS) return;
    // Noted before the first await: a page's queries arrive together.
    this.visits.set(key, now);
    this.forgetOldVisits(now);
    const action = target === '*' ? VISIT_ACTIONS.console : VISIT_ACTIONS.user;
    const repository = new AuditLogRepository(em);
    // Another instance (or this one before a restart) may have recorded the visit.
    if (await repository.hasSince(actor.userId, target, action, new Date(now - VISIT_MS))) return;
    await this.append(em, actor, action, target, {});
  }

  private forgetOldVisits(now: number): void {
    if (this.visits.size < 1_000) return;
    for (const [key, at] of this.visits) if (now - at >= VISIT_MS) this.visits.delete(key);
  }

  private async append(
    em: SqlEntityManager,
    actor: Identity,
    action: string,
    target: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await new AuditLogRepository(em).append({
      actor: actor.userId,
      role: actor.role,
      action,
      target,
      details,
    });
    this.logger.info({ actor: actor.userId, action, target }, 'support action');
  }
}
