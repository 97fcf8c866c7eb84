import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CATEGORIES,
  createCategorizer,
  DEFAULT_CATEGORY,
  type CategorizeInput,
} from '../src/index.js';

const categorize = createCategorizer();
const described = (
  description: string | null,
  metadata: Record<string, string> = {},
): CategorizeInput => ({
  description,
  metadata,
});

describe('built-in description rules', () => {
  it.each([
    ['Uber to the airport', 'Transportation', 'builtin:transportation'],
    ['Lunch with client', 'Meals & Entertainment', 'builtin:meals'],
    ['Annual software subscription', 'Software & Subscriptions', 'builtin:software'],
    ['Facebook advertising', 'Marketing & Advertising', 'builtin:marketing'],
    ['Office supplies from Staples', 'Office Supplies', 'builtin:office-supplies'],
    ['LYFT ride', 'Transportation', 'builtin:transportation'],
    ['taxi', 'Transportation', 'builtin:transportation'],
    ['Team food order', 'Meals & Entertainment', 'builtin:meals'],
    ['Dinner at a restaurant.', 'Meals & Entertainment', 'builtin:meals'],
    ['SaaS subscription (yearly)', 'Software & Subscriptions', 'builtin:software'],
    ['Email marketing', 'Marketing & Advertising', 'builtin:marketing'],
    ['uber-eats', 'Transportation', 'builtin:transportation'],
  ])('%j → %s', (description, category, ruleId) => {
    expect(categorize(described(description))).toEqual({
      category,
      categorySource: 'RULE',
      categoryRuleId: ruleId,
    });
  });

  it.each([
    'Consulting retainer',
    'taxidermy kit',
    'subscriptionless plan',
    'Suberb service',
    'officer training',
    'seafood_market',
    'taxi2',
    'lunché',
    '',
  ])('%j does not match a look-alike word and falls to the default', (description) => {
    expect(categorize(described(description))).toEqual({
      category: 'Office Supplies',
      categorySource: 'DEFAULT',
      categoryRuleId: null,
    });
  });

  it('uses the default for a charge without a description', () => {
    expect(categorize(described(null)).categorySource).toBe('DEFAULT');
  });

  it('runs the built-in rules in their listed order', () => {
    expect(categorize(described('Uber lunch')).category).toBe('Meals & Entertainment');
    expect(categorize(described('Marketing software')).category).toBe('Software & Subscriptions');
  });
});

describe('metadata category', () => {
  it('beats the description: "Travel" wins over "Uber"', () => {
    expect(categorize(described('Uber to the airport', { category: 'Travel' }))).toEqual({
      category: 'Travel',
      categorySource: 'METADATA',
      categoryRuleId: 'builtin:metadata-category',
    });
  });

  it('matches the key and a known category name case-insensitively', () => {
    expect(categorize(described(null, { CATEGORY: 'meals & entertainment' })).category).toBe(
      'Meals & Entertainment',
    );
    expect(categorize(described(null, { Category: 'TRANSPORTATION' })).category).toBe(
      'Transportation',
    );
  });

  it('prefers the exact lower-case key when several spellings exist', () => {
    expect(
      categorize(described(null, { Category: 'Marketing & Advertising', category: 'Travel' }))
        .category,
    ).toBe('Travel');
  });

  it('keeps an unknown value as given, trimmed', () => {
    expect(categorize(described(null, { category: '  Equipment rental ' })).category).toBe(
      'Equipment rental',
    );
  });

  it('ignores an empty or blank value and other keys', () => {
    expect(categorize(described('Uber', { category: '   ' })).categorySource).toBe('RULE');
    expect(categorize(described('Uber', { category: '' })).categorySource).toBe('RULE');
    expect(
      categorize(described(null, { categories: 'Travel', order_id: '42' })).categorySource,
    ).toBe('DEFAULT');
  });
});

describe('default category', () => {
  it('is Office Supplies, a built-in category', () => {
    expect(DEFAULT_CATEGORY).toBe('Office Supplies');
    expect(BUILT_IN_CATEGORIES).toContain(DEFAULT_CATEGORY);
  });

  it('is configurable, and a metadata value matching it takes its spelling', () => {
    const custom = createCategorizer({ defaultCategory: 'Uncategorized' });
    expect(custom(described('Consulting retainer'))).toEqual({
      category: 'Uncategorized',
      categorySource: 'DEFAULT',
      categoryRuleId: null,
    });
    expect(custom(described(null, { category: 'uncategorized' })).category).toBe('Uncategorized');
  });

  it('must not be blank', () => {
    expect(() => createCategorizer({ defaultCategory: '  ' })).toThrow(/defaultCategory/);
  });
});
