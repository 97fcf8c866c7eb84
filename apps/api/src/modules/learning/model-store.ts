import { CategoryModel } from '@cora/core';
import { LearningRepository } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { restoredModel } from './learned-models.js';

const SAVE_ATTEMPTS = 3;

/** The model learned from every recorded correction of the user, in the order they were made. */
async function rebuilt(
  repository: LearningRepository,
  userId: string,
): Promise<{ model: CategoryModel; corrections: number }> {
  const model = new CategoryModel();
  const corrections = await repository.corrections(userId);
  for (const correction of corrections) model.learn(correction.example, correction.category);
  return { model, corrections: corrections.length };
}

/** Saves a rebuilt model over whatever is stored; answers how many corrections it learned. */
export async function rebuildModel(em: SqlEntityManager, userId: string): Promise<number> {
  const repository = new LearningRepository(em);
  for (;;) {
    const stored = await repository.model(userId);
    const { model, corrections } = await rebuilt(repository, userId);
    const saved = await repository.saveModel(userId, {
      state: model.toJSON(),
      corrections,
      readVersion: stored?.version ?? null,
    });
    if (saved) return corrections;
  }
}

/**
 * Applies one change to the stored model (read, change, save if nobody saved meanwhile). After
 * repeated races, or over a state this version cannot read, the model is rebuilt from the
 * corrections, which are recorded before the model changes.
 */
export async function updateModel(
  em: SqlEntityManager,
  userId: string,
  change: (model: CategoryModel) => void,
  addedCorrections: number,
): Promise<void> {
  const repository = new LearningRepository(em);
  for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
    const stored = await repository.model(userId);
    const model = restoredModel(stored);
    if (model === null) break;
    change(model);
    const saved = await repository.saveModel(userId, {
      state: model.toJSON(),
      corrections: (stored?.corrections ?? 0) + addedCorrections,
      readVersion: stored?.version ?? null,
    });
    if (saved) return;
  }
  await rebuildModel(em, userId);
}
