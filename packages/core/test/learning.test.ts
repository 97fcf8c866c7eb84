import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CATEGORIES,
  CategoryModel,
  CategorySource,
  createCategorizer,
  featuresOf,
  hashFeature,
  InvalidModelStateError,
  ruleExample,
  suggestionFor,
  wordsOf,
  type CategorizeInput,
} from '../src/index.js';

const charge = (description: string, metadata: Record<string, string> = {}): CategorizeInput => ({
  description,
  metadata,
  currency: 'usd',
  amountMinor: 4200,
});

function taught(examples: [string, string][]): CategoryModel {
  const model = new CategoryModel();
  for (const [description, category] of examples) model.learn(charge(description), category);
  return model;
}

describe('features', () => {
  it('drops order numbers and folds case, accents and punctuation', () => {
    expect(wordsOf('AWS invoice #0412 — Café, n°7')).toEqual(['aws', 'invoice', 'cafe', 'n']);
    expect(featuresOf(charge('AWS invoice 0412')).map((f) => f.hash)).toEqual(
      featuresOf(charge('aws INVOICE 0519')).map((f) => f.hash),
    );
  });

  it('reads metadata, the customer, the currency and the amount', () => {
    const reasons = featuresOf({
      ...charge('x'),
      metadata: { Plan: 'Pro' },
      customerId: 'cus_1',
    }).map((f) => f.reason);
    expect(reasons).toEqual(expect.arrayContaining(['plan: pro', 'customer cus_1', 'USD']));
  });
});

describe('CategoryModel', () => {
  const model = taught([
    ['AWS invoice 0412', 'Hosting'],
    ['AWS invoice 0413', 'Hosting'],
    ['Gift box order 17', 'Client Gifts'],
    ['Gift box order 18', 'Client Gifts'],
  ]);

  it('recognises a new charge of a vendor it learned, confidently and with the words that drove it', () => {
    const guess = model.predict(charge('AWS Invoice 0519'));
    expect(guess?.category).toBe('Hosting');
    expect(guess?.confidence).toBeGreaterThan(0.9);
    expect(guess?.reasons.slice(0, 2).sort()).toEqual(['aws', 'invoice']);
    expect(guess?.reasons).not.toContain('USD');
  });

  it('tolerates a typo through the word pieces', () => {
    expect(model.predict(charge('Gfit boxes ord. 99'))?.category).toBe('Client Gifts');
  });

  it('is not confident about a vendor it never saw, and says nothing when nothing is known', () => {
    const guess = model.predict(charge('Strategy workshop'));
    expect(guess === null || guess.confidence < 0.5).toBe(true);
    expect(new CategoryModel().predict(charge('AWS'))).toBeNull();
    expect(model.predict(charge('zzqq'))).toBeNull();
  });

  it('learns from metadata and the customer', () => {
    const byMetadata = new CategoryModel();
    byMetadata.learn({ description: null, metadata: { product: 'lesson' } }, 'Teaching');
    byMetadata.learn({ description: null, metadata: { product: 'box' } }, 'Gifts');
    const guess = byMetadata.predict({ description: 'Thanks!', metadata: { product: 'lesson' } });
    expect(guess?.category).toBe('Teaching');
    expect(guess?.reasons).toEqual(['product: lesson']);
  });

  it('unlearns exactly what it learned, and relearns a changed correction', () => {
    const copy = CategoryModel.fromJSON(model.toJSON());
    copy.learn(charge('Uber Eats 11'), 'Meals');
    copy.unlearn(charge('Uber Eats 11'), 'Meals');
    expect(copy.toJSON()).toEqual(model.toJSON());
    copy.relearn(charge('AWS invoice 0412'), 'Hosting', 'Software');
    copy.relearn(charge('AWS invoice 0413'), 'Hosting', 'Software');
    expect(copy.predict(charge('AWS invoice 0600'))?.category).toBe('Software');
    expect(copy.toJSON().categories.map((c) => c.name)).not.toContain('Hosting');
  });

  it('round-trips through JSON and refuses a malformed state', () => {
    const restored = CategoryModel.fromJSON(JSON.parse(JSON.stringify(model)));
    expect(restored.predict(charge('AWS invoice 1'))).toEqual(
      model.predict(charge('AWS invoice 1')),
    );
    expect(restored.examples).toBe(4);
    expect(() => CategoryModel.fromJSON({ version: 99, categories: [] })).toThrow(
      InvalidModelStateError,
    );
    expect(() => CategoryModel.fromJSON({ version: 1, categories: [{ name: 'x' }] })).toThrow(
      InvalidModelStateError,
    );
  });
});

describe('precedence with a learned model', () => {
  const model = taught([
    ['Uber Eats order 1', 'Meals & Entertainment'],
    ['Uber Eats order 2', 'Meals & Entertainment'],
    ['Acme hosting 1', 'Hosting'],
    ['Acme hosting 2', 'Hosting'],
  ]);
  const categorize = createCategorizer({
    learned: { model, threshold: 0.8 },
    userRules: [
      {
        id: 'r1',
        priority: 0,
        category: 'Rides',
        match: { type: 'description_contains', value: 'ride' },
      },
    ],
  });

  it('puts a confident guess above the built-in patterns', () => {
    expect(categorize(charge('UBER EATS order 77'))).toEqual({
      category: 'Meals & Entertainment',
      categorySource: CategorySource.LEARNED,
      categoryRuleId: null,
    });
  });

  it('puts metadata and the user rules above it', () => {
    expect(categorize(charge('Uber Eats order 8', { category: 'Travel' })).categorySource).toBe(
      CategorySource.METADATA,
    );
    expect(categorize(charge('Uber Eats ride 8')).categoryRuleId).toBe('r1');
  });

  it('keeps the built-in pattern or the default below the threshold, the guess being the suggestion', () => {
    const strict = createCategorizer({ learned: { model, threshold: 1.01 } });
    const decided = strict(charge('Uber Eats order 9'));
    expect(decided).toMatchObject({
      category: 'Transportation',
      categoryRuleId: 'builtin:transportation',
    });
    expect(suggestionFor(decided, model.predict(charge('Uber Eats order 9')))?.category).toBe(
      'Meals & Entertainment',
    );
    const hosting = {
      category: 'Hosting',
      categorySource: CategorySource.LEARNED,
      categoryRuleId: null,
    };
    expect(suggestionFor(hosting, model.predict(charge('Acme hosting 3')))).toBeNull();
    const guess = model.predict(charge('Acme hosting 4'));
    for (const [categorySource, categoryRuleId] of [
      [CategorySource.MANUAL, null],
      [CategorySource.METADATA, 'builtin:metadata-category'],
      [CategorySource.RULE, 'r1'],
    ] as const)
      expect(suggestionFor({ category: 'X', categorySource, categoryRuleId }, guess)).toBeNull();
    const fallback = {
      category: 'X',
      categorySource: CategorySource.DEFAULT,
      categoryRuleId: null,
    };
    expect(suggestionFor(fallback, guess)?.category).toBe('Hosting');
    expect(strict(charge('Nothing known')).categorySource).toBe(CategorySource.DEFAULT);
  });

  it('takes the user rules as weaker evidence', () => {
    const withRules = new CategoryModel();
    withRules.learn(
      ruleExample({
        id: 'r',
        priority: 0,
        category: 'Rent',
        match: { type: 'description_words', words: ['landlord'] },
      }),
      'Rent',
      0.3,
    );
    withRules.learn(charge('Acme hosting 1'), 'Hosting');
    expect(withRules.predict(charge('landlord May'))?.category).toBe('Rent');
    expect(BUILT_IN_CATEGORIES).toContain('Transportation');
  });
});

describe('feature hashing', () => {
  it('hashes a word piece in place as it hashes its name', () => {
    const pieces = featuresOf({ description: 'aws', metadata: {} }).slice(1);
    expect(pieces.map((f) => f.hash)).toEqual(
      ['^aw', 'aws', 'ws$'].map((p) => hashFeature(`p:${p}`)),
    );
  });
});
