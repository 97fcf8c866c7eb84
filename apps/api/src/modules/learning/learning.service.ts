import { suggestionFor, type Prediction, type StoredTransaction } from '@cora/core';
import { ConnectionRepository, LearningRepository, type Orm } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { AppPubSub } from '../../pubsub/pubsub.js';
import type { CategoryRuleService } from '../rules/rules.service.js';
import { exampleOf, type LearnedModels } from './learned-models.js';
import { rebuildModel, updateModel } from './model-store.js';
import { BackgroundPerUser } from './recategorize-soon.js';
import { CategoryLearning } from './learning.types.js';

/** What the model reads of a transaction and how its category was decided. */
export type PredictedRow = Pick<
  StoredTransaction,
  | 'description'
  | 'metadata'
  | 'customerId'
  | 'amountMinor'
  | 'currency'
  | 'category'
  | 'categorySource'
  | 'categoryRuleId'
>;

/** A guess beside a row: the suggestion (another category) and, for a LEARNED row, its reasons. */
export interface RowGuess {
  suggestion: Prediction | null;
  learnedReasons: string[] | null;
}

/**
 * Learning from the user's corrections: each MANUAL category is recorded and learned at once,
 * then the user's DEFAULT, built-in-pattern and LEARNED transactions are re-categorized in the
 * background (publishing each changed one, as webhooks do).
 */
export class LearningService {
  readonly #background: BackgroundPerUser;

  constructor(
    orm: Orm,
    private readonly rules: CategoryRuleService,
    private readonly learned: LearnedModels,
    pubSub: AppPubSub,
    logger: Logger,
  ) {
    this.#background = new BackgroundPerUser(
      (userId) =>
        rules.recategorize(orm.em.fork(), userId, (row) =>
          pubSub.publish('TRANSACTION_CHANGED', {
            userId,
            transactionId: row.id,
            stripeTransactionId: row.stripeId,
          }),
        ),
      logger,
    );
  }

  /** Learns a person's category for a transaction (a changed correction is learned again). */
  async learnCorrection(
    em: SqlEntityManager,
    userId: string,
    row: StoredTransaction,
  ): Promise<void> {
    const example = exampleOf(row);
    const { previous } = await new LearningRepository(em).recordCorrection(
      userId,
      row.id,
      row.category,
      example,
    );
    await updateModel(
      em,
      userId,
      (model) => {
        if (previous !== null) model.unlearn(previous.example, previous.category);
        model.learn(example, row.category);
      },
      previous === null ? 1 : 0,
    );
    this.#background.request(userId);
  }

  async summary(em: SqlEntityManager, userId: string): Promise<CategoryLearning> {
    const [model, connection] = await Promise.all([
      new LearningRepository(em).model(userId),
      new ConnectionRepository(em).findByUserId(userId),
    ]);
    const categorized =
      connection === null ? 0 : await new LearningRepository(em).categorizedCount(connection.id);
    return Object.assign(new CategoryLearning(), {
      enabled: model?.enabled ?? true,
      corrections: model?.corrections ?? 0,
      categorizedCount: categorized,
      threshold: this.learned.threshold,
    });
  }

  /** Turns learning on or off; the user's books follow in the background. */
  async setEnabled(
    em: SqlEntityManager,
    userId: string,
    enabled: boolean,
  ): Promise<CategoryLearning> {
    await new LearningRepository(em).setEnabled(userId, enabled, { version: 1, categories: [] });
    this.#background.request(userId);
    return this.summary(em, userId);
  }

  /** Learns the model again from the recorded corrections alone. */
  async rebuild(em: SqlEntityManager, userId: string): Promise<CategoryLearning> {
    await rebuildModel(em, userId);
    this.#background.request(userId);
    return this.summary(em, userId);
  }

  /** The guesses for one response's rows of one user: the model is loaded once. */
  async guesses(
    em: SqlEntityManager,
    userId: string,
    rows: readonly PredictedRow[],
  ): Promise<RowGuess[]> {
    const model = await this.learned.modelFor(em, userId, await this.rules.rulesFor(em, userId));
    return rows.map((row) => {
      const prediction = model?.predict(row) ?? null;
      const learned = row.categorySource === 'LEARNED' && prediction?.category === row.category;
      return {
        suggestion: suggestionFor(row, prediction),
        learnedReasons: learned ? prediction.reasons : null,
      };
    });
  }

  /** Resolves once no background re-categorization runs. */
  idle(): Promise<void> {
    return this.#background.idle();
  }
}
