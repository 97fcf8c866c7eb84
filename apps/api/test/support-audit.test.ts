import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../src/modules/support/audit.service.js';
import { connectAccount } from './support/books.js';
import { startHarness, type Harness } from './support/harness.js';

/** The queries the console's connection page sends at once on a visit. */
const PAGE = [
  'supportConnection(userId: $u) { userId }',
  'supportTransactions(userId: $u, first: 5) { totalCount }',
  'supportSyncHistory(userId: $u, first: 5) { totalCount }',
  'supportSyncStats(userId: $u) { __typename }',
  'supportVolumeSeries(userId: $u) { __typename }',
  'supportCategoryRules(userId: $u) { id }',
  'supportParkedWebhookEvents(userId: $u) { __typename }',
];
const POLL = `query ($u: String!) { supportSyncHistory(userId: $u, first: 5) { totalCount } }`;

interface Entry {
  actorId: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
}

describe('the support audit trail', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const account = h.sandbox.control.createAccount({ charges: 3 }).id;
    await connectAccount(h, 'audited-shop', account);
    await connectAccount(h, 'other-shop', h.sandbox.control.createAccount({ charges: 1 }).id);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const trail = async (userId: string): Promise<Entry[]> => {
    const token = await h.token('auditor', 'support');
    const reply = await h.gql<{ supportAuditLog: { edges: { node: Entry }[] } }>(
      'query ($u: String!) { supportAuditLog(userId: $u, first: 100) { edges { node { actorId action target details } } } }',
      { u: userId },
      token,
    );
    return reply.data?.supportAuditLog.edges.map((edge) => edge.node) ?? [];
  };
  const visit = async (staff: string, userId: string): Promise<void> => {
    const token = await h.token(staff, 'support');
    const replies = await Promise.all(
      PAGE.map((field) => h.gql(`query ($u: String!) { ${field} }`, { u: userId }, token)),
    );
    expect(replies.flatMap((reply) => reply.errors ?? [])).toEqual([]);
  };

  it('records one read entry per visit, however many queries and polls it makes', async () => {
    await visit('agent-1', 'audited-shop');
    const token = await h.token('agent-1', 'support');
    for (let poll = 0; poll < 10; poll += 1) await h.gql(POLL, { u: 'audited-shop' }, token);
    await visit('agent-1', 'audited-shop');
    expect(await trail('audited-shop')).toEqual([
      { actorId: 'agent-1', action: 'read_connection', target: 'audited-shop', details: {} },
    ]);
  });

  it('keeps every action, and a visit per staff member and per connection', async () => {
    const token = await h.token('agent-1', 'support');
    for (const full of [false, true]) {
      await h.gql(
        'mutation ($u: String!, $full: Boolean) { supportSyncConnection(userId: $u, full: $full) { id } }',
        { u: 'audited-shop', full },
        token,
      );
      await h.app.services.engine.idle();
    }
    await visit('agent-2', 'audited-shop');
    await visit('agent-1', 'other-shop');
    expect((await trail('audited-shop')).map((e) => [e.actorId, e.action, e.details])).toEqual([
      ['agent-2', 'read_connection', {}],
      ['agent-1', 'sync_connection', { full: true }],
      ['agent-1', 'sync_connection', { full: false }],
      ['agent-1', 'read_connection', {}],
    ]);
    expect((await trail('other-shop')).map((e) => [e.actorId, e.action])).toEqual([
      ['agent-1', 'read_connection'],
    ]);
  });

  it('another instance does not record a visit the database already holds', async () => {
    const before = (await trail('other-shop')).length;
    const elsewhere = new AuditService(h.app.services.logger);
    const agent = { userId: 'agent-1', role: 'support' as const };
    await elsewhere.record(h.app.services.orm.em.fork(), agent, 'read_transactions', 'other-shop');
    expect(await trail('other-shop')).toHaveLength(before);
    // A different staff member's first read is a visit of its own.
    await elsewhere.record(
      h.app.services.orm.em.fork(),
      { ...agent, userId: 'agent-3' },
      'read_transactions',
      'other-shop',
    );
    expect((await trail('other-shop'))[0]).toMatchObject({
      actorId: 'agent-3',
      action: 'read_connection',
    });
  });
});
