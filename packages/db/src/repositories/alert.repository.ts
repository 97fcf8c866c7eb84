import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Alert, type AlertEntity } from '../entities/alert.entity.js';
import { AlertState } from '../enums.js';
import { newId } from '../ids.js';

/** Monitoring alerts: at most one FIRING per (rule, target), kept after they resolve. */
export class AlertRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** Fires the alert unless it is already firing; `fired` says whether this call fired it. */
  async fire(
    rule: string,
    target: string,
    message: string,
    at: Date = new Date(),
  ): Promise<{ fired: boolean }> {
    try {
      await this.em.insert(Alert, {
        id: newId(),
        rule,
        target,
        message,
        state: AlertState.FIRING,
        firedAt: at,
      });
      return { fired: true };
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return { fired: false };
      throw error;
    }
  }

  /** Resolves the firing alert of (rule, target), if any; true if one was resolved. */
  async resolve(rule: string, target: string, at: Date = new Date()): Promise<boolean> {
    const changed = await this.em.nativeUpdate(
      Alert,
      { rule, target, state: AlertState.FIRING },
      { state: AlertState.RESOLVED, resolvedAt: at },
    );
    return changed > 0;
  }

  /** Targets of a rule's firing alerts. */
  async firingTargets(rule: string): Promise<string[]> {
    const rows = await this.em.find(
      Alert,
      { rule, state: AlertState.FIRING },
      { fields: ['target'], refresh: true },
    );
    return rows.map((row) => row.target);
  }

  /** Firing alerts first, newest first; resolved ones too when asked. */
  async list(options: { includeResolved?: boolean; limit?: number } = {}): Promise<AlertEntity[]> {
    return this.em.find(
      Alert,
      options.includeResolved === true ? {} : { state: AlertState.FIRING },
      {
        orderBy: [{ state: 'asc' }, { firedAt: 'desc' }, { id: 'desc' }],
        limit: options.limit ?? 200,
        refresh: true,
      },
    );
  }
}
