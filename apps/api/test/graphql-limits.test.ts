import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';

describe('GraphQL limits and errors', () => {
  let h: Harness;
  let token: string;

  beforeAll(async () => {
    h = await startHarness();
    token = await h.token('limits-user');
  });
  afterAll(async () => {
    await h.close();
  });

  it('rejects queries nested too deep', async () => {
    const deep = `query { __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`;
    const result = await h.gql(deep, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('rejects queries that would cost too much', async () => {
    const aliases = Array.from(
      { length: 12 },
      (_, i) =>
        `a${i}: stripeTransactions(first: 100) { edges { node { id amount currency category } } }`,
    );
    const result = await h.gql(`query { ${aliases.join(' ')} }`, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/too costly/);
  });

  it('answers bad arguments with BAD_USER_INPUT and a clear message', async () => {
    const cases: [string, RegExp][] = [
      [`query { stripeTransactions(first: 0) { totalCount } }`, /first must be between 1 and 100/],
      [
        `query { stripeTransactions(first: 1000) { totalCount } }`,
        /first must be between 1 and 100/,
      ],
      [`query { stripeTransactions(after: "garbage") { totalCount } }`, /not a valid cursor/],
      [`query { stripeTransactions(filter: { currency: "dollars" }) { totalCount } }`, /ISO 4217/],
      [
        `query { stripeTransactions(filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { totalCount } }`,
        /from must not be after/,
      ],
      [`query { stripeTransactions(filter: { from: "yesterday" }) { totalCount } }`, /DateTime/],
      [
        `mutation { setTransactionCategory(id: "1; drop table", category: "X") { id } }`,
        /not a valid id/,
      ],
      [
        `mutation { setTransactionCategory(id: "0190b2b4-7c1e-7000-8000-000000000000", category: "   ") { id } }`,
        /category must be/,
      ],
      [
        `mutation { createCategoryRule(input: { category: "X", matchType: DESCRIPTION_REGEX, pattern: "(a+)+\\\\1" }) { recategorizedCount } }`,
        /rule/i,
      ],
      [`query { stripeVolumeSeries(days: 5000) { date } }`, /days must be between/],
    ];
    for (const [query, message] of cases) {
      const result = await h.gql(query, {}, token);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message, query).toMatch(message);
    }
  });

  it('masks unexpected errors and gives every response a request id', async () => {
    const response = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query": "query { stripeConnection { status } }"}',
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
  });
});

describe('production mode', () => {
  it('turns introspection off', async () => {
    const h = await startHarness({
      env: { NODE_ENV: 'production' },
      sandbox: { platform: { secretKey: 'sk_test_platformRealisticKey0000000001' } },
    });
    try {
      const result = await h.gql(
        `query { __schema { queryType { name } } }`,
        {},
        await h.token('prod-user'),
      );
      expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await h.close();
    }
  });
});
