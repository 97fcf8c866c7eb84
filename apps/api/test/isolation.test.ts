import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount } from './support/books.js';
import { startHarness, type Harness } from './support/harness.js';

/** Every operation a user can run, as a second user aimed at the first user's data. */
interface Case {
  name: string;
  query: string;
  variables?: (ids: Ids) => Record<string, unknown>;
  /** What the second user must see: data, or an error code. */
  expect: { data: unknown } | { code: string };
}

interface Ids {
  transactionId: string;
  ruleId: string;
  runId: string;
}

const CASES: Case[] = [
  {
    name: 'stripeConnection',
    query: `query { stripeConnection { status stripeAccountId } }`,
    expect: { data: { stripeConnection: { status: 'NOT_CONNECTED', stripeAccountId: null } } },
  },
  {
    name: 'stripeTransactions',
    query: `query { stripeTransactions { totalCount edges { cursor } } }`,
    expect: { data: { stripeTransactions: { totalCount: 0, edges: [] } } },
  },
  {
    name: 'stripeSyncHistory',
    query: `query { stripeSyncHistory { totalCount edges { cursor } } }`,
    expect: { data: { stripeSyncHistory: { totalCount: 0, edges: [] } } },
  },
  {
    name: 'stripeSyncStats',
    query: `query { stripeSyncStats { transactionCount totals { currency } syncCount } }`,
    expect: { data: { stripeSyncStats: { transactionCount: 0, totals: [], syncCount: 0 } } },
  },
  {
    name: 'stripeVolumeSeries',
    query: `query { stripeVolumeSeries { date } }`,
    expect: { data: { stripeVolumeSeries: [] } },
  },
  {
    name: 'categoryRules',
    query: `query { categoryRules { id } }`,
    expect: { data: { categoryRules: [] } },
  },
  {
    name: 'setTransactionCategory',
    query: `mutation ($id: ID!) { setTransactionCategory(id: $id, category: "Stolen") { id } }`,
    variables: (ids) => ({ id: ids.transactionId }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    name: 'updateCategoryRule',
    query: `mutation ($id: ID!) { updateCategoryRule(id: $id, input: { category: "X", matchType: DESCRIPTION_CONTAINS, pattern: "x" }) { recategorizedCount } }`,
    variables: (ids) => ({ id: ids.ruleId }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    name: 'deleteCategoryRule',
    query: `mutation ($id: ID!) { deleteCategoryRule(id: $id) { recategorizedCount } }`,
    variables: (ids) => ({ id: ids.ruleId }),
    expect: { code: 'NOT_FOUND' },
  },
  {
    name: 'reorderCategoryRules',
    query: `mutation ($ids: [ID!]!) { reorderCategoryRules(ids: $ids) { recategorizedCount } }`,
    variables: (ids) => ({ ids: [ids.ruleId] }),
    expect: { code: 'BAD_USER_INPUT' },
  },
  {
    name: 'syncStripeTransactions',
    query: `mutation { syncStripeTransactions { id } }`,
    expect: { code: 'NOT_FOUND' },
  },
  {
    name: 'testStripeConnection',
    query: `mutation { testStripeConnection { outcome stripeAccountId } }`,
    expect: { data: { testStripeConnection: { outcome: 'NOT_CONNECTED', stripeAccountId: null } } },
  },
  {
    name: 'disconnectStripe',
    query: `mutation { disconnectStripe { status } }`,
    expect: { data: { disconnectStripe: { status: 'NOT_CONNECTED' } } },
  },
  {
    name: 'supportConnection',
    query: `query { supportConnection(userId: "victim") { id } }`,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: 'supportTransactions',
    query: `query { supportTransactions(userId: "victim") { totalCount } }`,
    expect: { code: 'FORBIDDEN' },
  },
  {
    name: 'supportSyncConnection',
    query: `mutation { supportSyncConnection(userId: "victim") { id } }`,
    expect: { code: 'FORBIDDEN' },
  },
];

const REST: { method: string; path: string; status: number; body?: unknown }[] = [
  {
    method: 'GET',
    path: '/status',
    status: 200,
    body: expect.objectContaining({ status: 'NOT_CONNECTED', stripeAccountId: null }),
  },
  {
    method: 'GET',
    path: '/transactions',
    status: 200,
    body: expect.objectContaining({ totalCount: 0, edges: [] }),
  },
  {
    method: 'GET',
    path: '/sync/history',
    status: 200,
    body: expect.objectContaining({ totalCount: 0, edges: [] }),
  },
  { method: 'POST', path: '/sync', status: 404 },
  {
    method: 'DELETE',
    path: '/disconnect',
    status: 200,
    body: expect.objectContaining({ status: 'NOT_CONNECTED' }),
  },
];

describe('isolation between users', () => {
  let h: Harness;
  let victim: string;
  let intruder: string;
  let ids: Ids;

  const victimSnapshot = async (): Promise<unknown> =>
    (
      await h.gql(
        `query { stripeConnection { status } stripeTransactions { totalCount edges { node { id category categorySource } } } categoryRules { id category } stripeSyncHistory { totalCount } }`,
        {},
        victim,
      )
    ).data;

  beforeAll(async () => {
    h = await startHarness();
    victim = await connectAccount(
      h,
      'victim',
      h.sandbox.control.createAccount({ charges: 12, seed: 2 }).id,
    );
    intruder = await h.token('intruder');
    const rule = await h.gql<{ createCategoryRule: { rules: { id: string }[] } }>(
      `mutation { createCategoryRule(input: { category: "Rent", matchType: DESCRIPTION_CONTAINS, pattern: "rent" }) { rules { id } } }`,
      {},
      victim,
    );
    const data = await h.gql<{
      stripeTransactions: { edges: { node: { id: string } }[] };
      stripeSyncHistory: { edges: { node: { id: string } }[] };
    }>(
      `query { stripeTransactions(first: 1) { edges { node { id } } } stripeSyncHistory(first: 1) { edges { node { id } } } }`,
      {},
      victim,
    );
    ids = {
      transactionId: data.data?.stripeTransactions.edges[0]?.node.id ?? '',
      ruleId: rule.data?.createCategoryRule.rules[0]?.id ?? '',
      runId: data.data?.stripeSyncHistory.edges[0]?.node.id ?? '',
    };
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(CASES)('$name reveals and changes nothing of another user', async (c) => {
    const before = await victimSnapshot();
    const result = await h.gql(c.query, c.variables?.(ids) ?? {}, intruder);
    if ('code' in c.expect) {
      expect(result.errors?.[0]?.extensions?.code).toBe(c.expect.code);
      expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
    } else {
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual(c.expect.data);
    }
    expect(await victimSnapshot()).toEqual(before);
  });

  it.each(REST)('REST $method $path reveals and changes nothing of another user', async (route) => {
    const before = await victimSnapshot();
    const response = await fetch(`${h.url}/api/integrations/stripe${route.path}`, {
      method: route.method,
      headers: { authorization: `Bearer ${intruder}` },
    });
    expect(response.status).toBe(route.status);
    if (route.body !== undefined) expect(await response.json()).toEqual(route.body);
    expect(await victimSnapshot()).toEqual(before);
  });

  it('lets support read any connection, and records the visit in the audit log', async () => {
    const agent = await h.token('agent-7', 'support');
    const read = await h.gql<{ supportConnection: { userId: string; status: string } }>(
      `query { supportConnection(userId: "victim") { userId status } }`,
      {},
      agent,
    );
    expect(read.data?.supportConnection).toEqual({ userId: 'victim', status: 'CONNECTED' });
    await h.gql(
      `query { supportTransactions(userId: "victim", first: 5) { totalCount } }`,
      {},
      agent,
    );
    const audit = await h.gql<{
      supportAuditLog: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(
      `query { supportAuditLog(userId: "victim") { totalCount edges { node { actorId actorRole action target } } } }`,
      {},
      agent,
    );
    // Both reads are one visit.
    expect(audit.data?.supportAuditLog.edges.map((e) => e.node)).toEqual([
      { actorId: 'agent-7', actorRole: 'support', action: 'read_connection', target: 'victim' },
    ]);
    expect(audit.data?.supportAuditLog.totalCount).toBe(1);
  });
});
