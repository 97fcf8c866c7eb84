import { CategorySource } from '@cora/core';
import { expect, it } from 'vitest';
import { LearningRepository, type LearningExample } from '../src/index.js';
import { describeEachDialect } from './support/databases.js';
import { chargeRow, seedSync, uniqueId } from './support/fixtures.js';

const example = (description: string): LearningExample => ({
  description,
  metadata: { plan: 'pro' },
  customerId: 'cus_1',
  amountMinor: 4200,
  currency: 'USD',
});
const state = (n: number) => ({
  version: 1,
  categories: [{ name: 'A', examples: n, counts: { '7': n } }],
});

describeEachDialect('learning models and corrections', (db) => {
  it('stores a model, and refuses a save that lost the race', async () => {
    const userId = uniqueId('user');
    const repo = new LearningRepository(db().em());
    expect(await repo.model(userId)).toBeNull();
    expect(
      await repo.saveModel(userId, { state: state(1), corrections: 1, readVersion: null }),
    ).toBe(true);
    expect(
      await repo.saveModel(userId, { state: state(9), corrections: 9, readVersion: null }),
    ).toBe(false);
    expect(await repo.saveModel(userId, { state: state(2), corrections: 2, readVersion: 1 })).toBe(
      true,
    );
    expect(await repo.saveModel(userId, { state: state(9), corrections: 9, readVersion: 1 })).toBe(
      false,
    );
    expect(await new LearningRepository(db().em()).model(userId)).toMatchObject({
      state: state(2),
      corrections: 2,
      version: 2,
      enabled: true,
    });
  });

  it('turns learning off and on, with or without a model', async () => {
    const [fresh, learned] = [uniqueId('user'), uniqueId('user')];
    const repo = new LearningRepository(db().em());
    await repo.setEnabled(fresh, false, state(0));
    expect(await repo.model(fresh)).toMatchObject({ enabled: false, version: 0, corrections: 0 });
    await repo.saveModel(learned, { state: state(1), corrections: 1, readVersion: null });
    await repo.setEnabled(learned, false, state(0));
    expect(await repo.model(learned)).toMatchObject({
      enabled: false,
      state: state(1),
      version: 1,
    });
    await repo.setEnabled(learned, true, state(0));
    expect((await repo.model(learned))?.enabled).toBe(true);
    // A row made by the setting alone (version 0) is saved over like any other.
    expect(await repo.saveModel(fresh, { state: state(3), corrections: 3, readVersion: 0 })).toBe(
      true,
    );
    expect(await repo.model(fresh)).toMatchObject({ enabled: false, version: 1, corrections: 3 });
  });

  it('keeps one correction per transaction, answering the one it replaces', async () => {
    const userId = uniqueId('user');
    const other = uniqueId('user');
    const repo = new LearningRepository(db().em());
    const [t1, t2] = [crypto.randomUUID(), crypto.randomUUID()];
    expect(
      (await repo.recordCorrection(userId, t1, 'Hosting', example('AWS 1'))).previous,
    ).toBeNull();
    await repo.recordCorrection(userId, t2, 'Gifts', example('Gift box 2'));
    await repo.recordCorrection(other, t1, 'Other', example('AWS 1'));
    const { previous } = await repo.recordCorrection(userId, t1, 'Software', example('AWS 1'));
    expect(previous).toMatchObject({ category: 'Hosting', example: example('AWS 1') });
    const corrections = await repo.corrections(userId);
    expect(corrections.map((c) => [c.transactionId, c.category])).toEqual([
      [t1, 'Software'],
      [t2, 'Gifts'],
    ]);
    expect(corrections[1]?.example).toEqual(example('Gift box 2'));
  });

  it('counts the transactions the model categorized', async () => {
    const { connectionId } = await seedSync(db().em(), [
      chargeRow(1, { categorySource: CategorySource.LEARNED, category: 'Hosting' }),
      chargeRow(2, { categorySource: CategorySource.LEARNED, category: 'Hosting' }),
      chargeRow(3),
    ]);
    expect(await new LearningRepository(db().em()).categorizedCount(connectionId)).toBe(2);
  });
});
