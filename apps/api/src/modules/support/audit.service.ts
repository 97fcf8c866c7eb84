import type { SqlEntityManager } from '@mikro-orm/knex';
import { AuditLogRepository } from '@cora/db';
import type { Logger } from 'pino';
import type { Identity } from '../../auth/identity.js';

/** Records what support staff did, to whom; users' own actions are not audited here. */
export class AuditService {
  constructor(private readonly logger: Logger) {}

  async record(
    em: SqlEntityManager,
    actor: Identity,
    action: string,
    target: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    if (actor.role !== 'support') return;
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
