import { CategorySource } from '@cora/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import {
  LearningCorrection,
  LearningModel,
  type LearningCorrectionEntity,
  type LearningExample,
  type LearningModelEntity,
} from '../entities/learning.entity.js';
import { StripeTransaction } from '../entities/transaction.entity.js';

/** A model state to store, and the version of the row it was read from (null when there was none). */
export interface ModelSave {
  state: Record<string, unknown>;
  corrections: number;
  readVersion: number | null;
}

/** Each user's learned model and the corrections it is learned from. */
export class LearningRepository {
  constructor(private readonly em: SqlEntityManager) {}

  /** The user's model row, or null before their first correction or setting. */
  model(userId: string): Promise<LearningModelEntity | null> {
    return this.em.fork().findOne(LearningModel, { userId });
  }

  /**
   * Stores a model if nobody saved one since it was read at `readVersion`; false when someone
   * did (the caller learns again from the stored one). The stored version becomes one more.
   */
  async saveModel(userId: string, save: ModelSave): Promise<boolean> {
    const values = {
      state: save.state,
      corrections: save.corrections,
      version: (save.readVersion ?? 0) + 1,
      updatedAt: new Date(),
    };
    if (save.readVersion === null) {
      try {
        await this.em.insert(LearningModel, { userId, enabled: true, ...values });
        return true;
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) return false;
        throw error;
      }
    }
    const updated = await this.em.nativeUpdate(
      LearningModel,
      { userId, version: save.readVersion },
      values,
    );
    return updated === 1;
  }

  /** Turns learning on or off for the user (a row with an empty state when there was none). */
  async setEnabled(
    userId: string,
    enabled: boolean,
    emptyState: Record<string, unknown>,
  ): Promise<void> {
    const updated = await this.em.nativeUpdate(
      LearningModel,
      { userId },
      { enabled, updatedAt: new Date() },
    );
    if (updated === 1) return;
    try {
      await this.em.insert(LearningModel, {
        userId,
        enabled,
        state: emptyState,
        version: 0,
        corrections: 0,
        updatedAt: new Date(),
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      await this.em.nativeUpdate(LearningModel, { userId }, { enabled, updatedAt: new Date() });
    }
  }

  /**
   * Records a person's category for a transaction (one correction per transaction, the latest
   * kept) and answers the category it replaces, or null for a first correction.
   */
  async recordCorrection(
    userId: string,
    transactionId: string,
    category: string,
    example: LearningExample,
  ): Promise<{ previous: LearningCorrectionEntity | null }> {
    const em = this.em.fork();
    const existing = await em.findOne(LearningCorrection, { userId, transactionId });
    const previous = existing === null ? null : { ...existing };
    if (existing === null)
      em.create(LearningCorrection, { userId, transactionId, category, example });
    else em.assign(existing, { category, example });
    await em.flush();
    return { previous };
  }

  /** Every correction of the user, oldest first: what a rebuild learns from. */
  corrections(userId: string): Promise<LearningCorrectionEntity[]> {
    return this.em
      .fork()
      .find(LearningCorrection, { userId }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  /** How many of a connection's transactions the model categorized (LEARNED). */
  categorizedCount(connectionId: string): Promise<number> {
    return this.em.fork().count(StripeTransaction, {
      connection: connectionId,
      categorySource: CategorySource.LEARNED,
    });
  }
}
