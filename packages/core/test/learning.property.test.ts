import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CategoryModel, featuresOf, type CategorizeInput } from '../src/index.js';

const input: fc.Arbitrary<CategorizeInput> = fc.record({
  description: fc.option(fc.string({ maxLength: 60 }), { nil: null }),
  metadata: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 12 }), {
    maxKeys: 3,
  }),
  customerId: fc.option(fc.stringMatching(/^cus_[a-z0-9]{4}$/), { nil: null }),
  amountMinor: fc.nat({ max: 10_000_000 }),
  currency: fc.constantFrom('usd', 'eur', 'jpy'),
});
const category = fc.constantFrom('A', 'B', 'C');
const examples = fc.array(fc.tuple(input, category), { maxLength: 12 });

function taught(list: [CategorizeInput, string][]): CategoryModel {
  const model = new CategoryModel();
  for (const [example, name] of list) model.learn(example, name);
  return model;
}

describe('CategoryModel properties', () => {
  it('predicts a learned category with a confidence in 0..1, or nothing', () => {
    fc.assert(
      fc.property(examples, input, (list, probe) => {
        const guess = taught(list).predict(probe);
        if (guess === null) return;
        expect(list.map(([, name]) => name)).toContain(guess.category);
        expect(guess.confidence).toBeGreaterThanOrEqual(0);
        expect(guess.confidence).toBeLessThanOrEqual(1);
        expect(guess.reasons.length).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('unlearning an example gives back the model without it', () => {
    fc.assert(
      fc.property(examples, input, category, (list, extra, name) => {
        const model = taught(list);
        const before = JSON.stringify(model.toJSON());
        model.learn(extra, name);
        model.unlearn(extra, name);
        const after = model.toJSON();
        const rounded = (state: typeof after) =>
          JSON.stringify(state, (_key, value: unknown) =>
            typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value,
          );
        expect(rounded(after)).toBe(rounded(JSON.parse(before) as typeof after));
      }),
    );
  });

  it('a model restored from its JSON predicts the same', () => {
    fc.assert(
      fc.property(examples, input, (list, probe) => {
        const model = taught(list);
        const restored = CategoryModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
        const [before, after] = [model.predict(probe), restored.predict(probe)];
        if (before === null || after === null) {
          expect(after).toBe(before);
          return;
        }
        // Sums are taken in another order on restore: equal up to rounding, and a tie may break either way.
        expect(after.confidence).toBeCloseTo(before.confidence, 9);
        if (before.confidence > 0.51)
          expect(after).toMatchObject({ category: before.category, reasons: before.reasons });
      }),
    );
  });

  it('order numbers never change the features', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z ]{1,20}$/), fc.nat(), fc.nat(), (text, a, b) => {
        const hashes = (n: number) =>
          featuresOf({ description: `${text} ${n}`, metadata: {} }).map((f) => f.hash);
        expect(hashes(a)).toEqual(hashes(b));
      }),
    );
  });

  it('the learned category of its only example is the guess for that very example', () => {
    fc.assert(
      fc.property(input, category, (example, name) => {
        const guess = taught([[example, name]]).predict(example);
        if (guess !== null) expect(guess.category).toBe(name);
      }),
    );
  });
});
