import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  categoryKey,
  CategorySpellings,
  createCategorizer,
  mergeCategories,
  spellingsOf,
} from '../src/index.js';

const WORDS = ['office', 'Supplies', 'MEALS', '&', 'entertainment', 'café', 'Ünïcode', 'x'];

/** A category name from a few words, with random case and white space around and between. */
const name = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' '));
const space = fc.constantFrom('', ' ', '  ', '\t', '\u00a0');
const respelled = (base: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: base.length, maxLength: base.length }),
      space,
      space,
      space,
    )
    .map(([upper, before, between, after]) => {
      const cased = [...base]
        .map((char, index) => (upper[index] ? char.toUpperCase() : char.toLowerCase()))
        .join('');
      return `${before}${cased.replace(/ /g, ` ${between}`)}${after}`;
    });
const spellings = name.chain((base) => fc.array(respelled(base), { minLength: 1, maxLength: 6 }));

describe('category spellings', () => {
  it('treats names differing only in case and spacing as one key', () => {
    fc.assert(
      fc.property(spellings, (names) => {
        expect(new Set(names.map(categoryKey)).size).toBe(1);
      }),
    );
  });

  it('keeps distinct keys apart', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        fc.pre(a.toLowerCase() !== b.toLowerCase());
        expect(categoryKey(a)).not.toBe(categoryKey(b));
      }),
    );
  });

  it('answers the first spelling seen for every later spelling, tidied', () => {
    fc.assert(
      fc.property(spellings, (names) => {
        const known = new CategorySpellings();
        const first = known.spell(names[0] ?? '');
        expect(first).toBe(first.trim());
        expect(first).not.toMatch(/\s{2}/);
        for (const later of names) expect(known.spell(later)).toBe(first);
        expect(known.names()).toEqual([first]);
      }),
    );
  });

  it('is idempotent and order-preserving over many categories', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 20 }), (names) => {
        const known = new CategorySpellings(names);
        const listed = known.names();
        expect(new Set(listed.map(categoryKey)).size).toBe(listed.length);
        expect(new CategorySpellings(listed).names()).toEqual(listed);
        for (const item of names) expect(listed).toContain(known.spell(item));
      }),
    );
  });

  it('finds every stored spelling of a category for a filter', () => {
    fc.assert(
      fc.property(spellings, name, (same, other) => {
        fc.pre(categoryKey(other) !== categoryKey(same[0] ?? ''));
        const found = spellingsOf(same[0] ?? '', [...same, other]);
        expect(found.sort()).toEqual([...new Set(same)].sort());
      }),
    );
  });

  it('merges totals of one category without losing a count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.nat(1000)), { maxLength: 30 }).chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.tuple(...rows.map(([base]) => respelled(base))).map((names) => names),
          ),
        ),
        ([rows, names]) => {
          const input = rows.map(([, count], index) => ({ category: names[index] ?? '', count }));
          const merged = mergeCategories(input, new CategorySpellings(), (into, row) => ({
            ...into,
            count: into.count + row.count,
          }));
          const sum = (list: { count: number }[]) => list.reduce((n, row) => n + row.count, 0);
          expect(sum(merged)).toBe(sum(input));
          expect(merged.length).toBe(new Set(input.map((row) => categoryKey(row.category))).size);
        },
      ),
    );
  });
});

describe('the categorizer and the books’ spellings', () => {
  it('spells a metadata category as the books first did, and a new one as first seen', () => {
    fc.assert(
      fc.property(spellings, (names) => {
        const [first, ...later] = names;
        const categorize = createCategorizer({ knownCategories: ['Donations'] });
        const decide = (category: string) =>
          categorize({ description: null, metadata: { category } }).category;
        expect(decide('  DONATIONS ')).toBe('Donations');
        const spelled = decide(first ?? '');
        for (const name of later) expect(decide(name)).toBe(spelled);
      }),
    );
  });

  it('spells a rule’s or the default category as the books know it', () => {
    const categorize = createCategorizer({ knownCategories: ['office supplies'] });
    expect(categorize({ description: 'Printer paper', metadata: {} }).category).toBe(
      'office supplies',
    );
  });
});
