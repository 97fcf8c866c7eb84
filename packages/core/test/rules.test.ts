import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  categoryRuleSchema,
  createCategorizer,
  InvalidRuleError,
  MAX_REGEX_LENGTH,
  validateCategoryRule,
  type CategoryRule,
} from '../src/index.js';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

const rule = (
  id: string,
  priority: number,
  category: string,
  match: CategoryRule['match'],
): CategoryRule => ({
  id,
  priority,
  category,
  match,
});

function invalidRule(raw: unknown): InvalidRuleError {
  try {
    validateCategoryRule(raw);
  } catch (error) {
    if (error instanceof InvalidRuleError) return error;
    throw error;
  }
  throw new Error('expected an InvalidRuleError');
}

describe('user rules in the engine', () => {
  it('run before the built-in patterns, after the metadata category', () => {
    const categorize = createCategorizer({
      userRules: [
        rule('airport', 10, 'Travel', { type: 'description_contains', value: 'AIRPORT' }),
      ],
    });
    expect(categorize({ description: 'Uber to the airport', metadata: {} })).toEqual({
      category: 'Travel',
      categorySource: 'RULE',
      categoryRuleId: 'airport',
    });
    expect(
      categorize({ description: 'Uber to the airport', metadata: { category: 'Meals' } })
        .categorySource,
    ).toBe('METADATA');
    expect(categorize({ description: 'Uber downtown', metadata: {} }).categoryRuleId).toBe(
      'builtin:transportation',
    );
  });

  it('run by priority, lower first, whatever the order given', () => {
    const rules = [
      rule('late', 5, 'Late', { type: 'description_contains', value: 'uber' }),
      rule('early', -3, 'Early', { type: 'description_contains', value: 'uber' }),
    ];
    const input = { description: 'uber', metadata: {} };
    expect(createCategorizer({ userRules: rules })(input).categoryRuleId).toBe('early');
    expect(createCategorizer({ userRules: [...rules].reverse() })(input).categoryRuleId).toBe(
      'early',
    );
  });

  it('break priority ties by id', () => {
    const rules = [
      rule('b-rule', 1, 'B', { type: 'description_contains', value: 'x' }),
      rule('a-rule', 1, 'A', { type: 'description_contains', value: 'x' }),
    ];
    expect(
      createCategorizer({ userRules: rules })({ description: 'x', metadata: {} }).category,
    ).toBe('A');
  });

  it('match regexes with their flags', () => {
    const categorize = createCategorizer({
      userRules: [
        rule('inv', 1, 'Invoices', { type: 'description_regex', pattern: '^INV-\\d{4}$' }),
        rule('aws', 2, 'Hosting', { type: 'description_regex', pattern: '\\baws\\b', flags: 'i' }),
      ],
    });
    expect(categorize({ description: 'INV-2024', metadata: {} }).categoryRuleId).toBe('inv');
    expect(categorize({ description: 'inv-2024', metadata: {} }).categorySource).toBe('DEFAULT');
    expect(categorize({ description: 'Monthly AWS bill', metadata: {} }).categoryRuleId).toBe(
      'aws',
    );
    expect(categorize({ description: 'laws', metadata: {} }).categorySource).toBe('DEFAULT');
  });

  it('match a metadata entry by key and value, case-insensitively', () => {
    const categorize = createCategorizer({
      userRules: [
        rule('vendor', 1, 'Rent', { type: 'metadata_equals', key: 'Vendor', value: 'landlord' }),
      ],
    });
    expect(
      categorize({ description: 'Uber', metadata: { vendor: ' Landlord ' } }).categoryRuleId,
    ).toBe('vendor');
    expect(
      categorize({ description: 'Uber', metadata: { vendor: 'landlords' } }).categoryRuleId,
    ).toBe('builtin:transportation');
  });

  it('make their categories known names for metadata values', () => {
    const categorize = createCategorizer({
      userRules: [rule('r', 1, 'Travel', { type: 'description_contains', value: 'flight' })],
    });
    expect(categorize({ description: null, metadata: { category: 'TRAVEL' } }).category).toBe(
      'Travel',
    );
  });

  it('are validated again when the categorizer is built', () => {
    const forged = rule('x', 1, 'X', { type: 'description_regex', pattern: '(a)\\1' });
    expect(() => createCategorizer({ userRules: [forged] })).toThrow(InvalidRuleError);
  });

  it('must have distinct ids', () => {
    const twice = rule('dup', 1, 'X', { type: 'description_contains', value: 'x' });
    expect(() => createCategorizer({ userRules: [twice, { ...twice, priority: 2 }] })).toThrow(
      /duplicate id "dup"/,
    );
  });
});

describe('validateCategoryRule', () => {
  it.each<CategoryRule['match']>([
    { type: 'description_contains', value: 'airport' },
    { type: 'description_regex', pattern: 'inv-\\d+', flags: 'im' },
    { type: 'metadata_equals', key: 'vendor', value: 'acme' },
    { type: 'description_words', words: ['flight', 'hotel'] },
  ])('accepts a %o rule', (match) => {
    const raw = { id: 'r1', priority: 0, category: 'Travel', match };
    expect(validateCategoryRule(raw)).toEqual(raw);
    expect(categoryRuleSchema.safeParse(raw).success).toBe(true);
  });

  it.each([
    [
      { id: '', priority: 0, category: 'X', match: { type: 'description_contains', value: 'a' } },
      'id',
    ],
    [
      {
        id: 'builtin:mine',
        priority: 0,
        category: 'X',
        match: { type: 'description_contains', value: 'a' },
      },
      'id',
    ],
    [
      {
        id: 'r',
        priority: 1.5,
        category: 'X',
        match: { type: 'description_contains', value: 'a' },
      },
      'priority',
    ],
    [
      { id: 'r', priority: 0, category: ' ', match: { type: 'description_contains', value: 'a' } },
      'category',
    ],
    [
      { id: 'r', priority: 0, category: 'X', match: { type: 'shell', command: 'rm' } },
      'match.type',
    ],
    [
      { id: 'r', priority: 0, category: 'X', match: { type: 'description_regex', patern: 'a' } },
      'match.pattern',
    ],
    [
      {
        id: 'r',
        priority: 0,
        category: 'X',
        match: { type: 'description_regex', pattern: 'a', flags: 'g' },
      },
      'match.flags',
    ],
    [
      { id: 'r', priority: 0, category: 'X', match: { type: 'description_words', words: [] } },
      'match.words',
    ],
  ])('rejects %o, naming %s', (raw, field) => {
    expect(invalidRule(raw).issues.map((issue) => issue.field)).toContain(field);
  });

  it.each([
    ['a back-reference', '(a)\\1', /invalid escape/],
    ['a lookahead', 'x(?=y)', /unsupported Perl syntax/],
    ['a syntax error', '[a-', /missing closing/],
    ['a huge repetition', '(x{1000}){1000}', /invalid repeat count/],
    [
      'a pattern too costly to compile',
      '[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}[a-z]{1000}',
      /too complex/,
    ],
    ['a too long pattern', 'a'.repeat(MAX_REGEX_LENGTH + 1), /at most|longer than/],
  ])('rejects %s and says why', (_what, pattern, reason) => {
    const error = invalidRule({
      id: 'r',
      priority: 0,
      category: 'X',
      match: { type: 'description_regex', pattern },
    });
    expect(error.message).toMatch(reason);
    expect(error.issues[0]?.field).toBe('match.pattern');
  });
});

describe('a malicious user regex', () => {
  // Each pattern takes exponential or high-polynomial time in a backtracking engine on this
  // input. Synchronous matching cannot be interrupted in-process, so a child process runs them
  // under a deadline: a regression fails here instead of hanging the suite.
  const cases: [string, string][] = [
    ['(a+)+$', 'DEFAULT'],
    ['(a|aa)*$', 'RULE'],
    ['(a|a)*b', 'DEFAULT'],
    ['.*.*.*.*.*.*x', 'DEFAULT'],
    ['(\\w+\\s?)*$', 'RULE'],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', 'DEFAULT'],
  ];
  const script = `
    const { createCategorizer, validateCategoryRule } = await import(${JSON.stringify(entry)});
    const hostile = 'a'.repeat(50000) + '!';
    const sources = ${JSON.stringify(cases.map(([pattern]) => pattern))}.map((pattern) => {
      const rule = validateCategoryRule({ id: 'evil', priority: 0, category: 'Evil', match: { type: 'description_regex', pattern } });
      return createCategorizer({ userRules: [rule] })({ description: hostile, metadata: {} }).categorySource;
    });
    process.stdout.write(JSON.stringify(sources));`;

  it('is accepted but answers at once on a hostile description', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        timeout: 20_000,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(output)).toEqual(cases.map(([, source]) => source));
  }, 30_000);
});
