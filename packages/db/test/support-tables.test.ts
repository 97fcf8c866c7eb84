import { expect, it } from 'vitest';
import {
  AuditLogRepository,
  CategoryRuleRepository,
  InvalidRuleOrderError,
  OAuthFlavor,
  OAuthStateRepository,
  StripeTransaction,
  TransactionRepository,
  WebhookEventRepository,
  decodeKeyset,
} from '../src/index.js';
import { CategorySource } from '@cora/core';
import { describeEachDialect } from './support/databases.js';
import { chargeRow, range, seedSync, uniqueId } from './support/fixtures.js';

describeEachDialect('oauth states, webhooks, audit log, rules', (db) => {
  it('consumes an OAuth state once, and never after it expires', async () => {
    const repo = new OAuthStateRepository(db().em());
    const now = new Date();
    await repo.create({
      stateHash: 'h-live',
      userId: 'u1',
      flavor: OAuthFlavor.CONNECT,
      expiresAt: new Date(now.getTime() + 600_000),
    });
    await repo.create({
      stateHash: 'h-old',
      userId: 'u1',
      flavor: OAuthFlavor.APPS,
      expiresAt: new Date(now.getTime() - 1),
    });
    expect(await repo.consume('h-live', now)).toMatchObject({
      userId: 'u1',
      flavor: OAuthFlavor.CONNECT,
    });
    expect(await new OAuthStateRepository(db().em()).consume('h-live', now)).toBeNull();
    expect(await repo.consume('h-old', now)).toBeNull();
    expect(await repo.consume('h-unknown', now)).toBeNull();
    expect(await repo.purgeExpired(now)).toBe(1);
  });

  it('records a webhook event once and queues it until processed', async () => {
    const repo = new WebhookEventRepository(db().em());
    const eventId = uniqueId('evt');
    expect(await repo.record(eventId, 'charge.updated', 'acct_1', { id: eventId })).toEqual({
      inserted: true,
    });
    expect(
      await new WebhookEventRepository(db().em()).record(eventId, 'charge.updated', 'acct_1', {
        id: eventId,
      }),
    ).toEqual({ inserted: false });
    expect((await repo.listUnprocessed()).map((e) => e.eventId)).toContain(eventId);
    await repo.markProcessed(eventId, 'processed');
    expect(
      (await new WebhookEventRepository(db().em()).listUnprocessed()).map((e) => e.eventId),
    ).not.toContain(eventId);
  });

  it('appends audit entries and pages them newest first per target', async () => {
    const repo = new AuditLogRepository(db().em());
    const target = uniqueId('conn');
    for (const n of range(0, 5)) {
      await repo.append({
        actor: 'support-1',
        role: 'support',
        action: 'sync.trigger',
        target,
        details: { n },
        at: new Date(Date.UTC(2025, 0, 1, n)),
      });
    }
    await repo.append({
      actor: 'support-1',
      role: 'support',
      action: 'sync.trigger',
      target: 'elsewhere',
    });
    const first = await repo.listByTarget(target, { first: 3 });
    const rest = await repo.listByTarget(target, {
      first: 3,
      after: decodeKeyset(first.pageInfo.endCursor ?? ''),
    });
    const details = [...first.edges, ...rest.edges].map((edge) => edge.node.details);
    expect(details).toEqual([{ n: 4 }, { n: 3 }, { n: 2 }, { n: 1 }, { n: 0 }]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps a user’s rules in priority order and reorders them', async () => {
    const repo = new CategoryRuleRepository(db().em());
    const userId = uniqueId('user');
    const a = await repo.create(userId, {
      match: { descriptionContains: 'uber' },
      category: 'Travel',
    });
    const b = await repo.create(userId, { match: { currency: 'EUR' }, category: 'Europe' });
    await repo.create(uniqueId('user'), { category: 'Other user' });
    expect((await repo.list(userId)).map((r) => r.id)).toEqual([a.id, b.id]);
    await new CategoryRuleRepository(db().em()).reorder(userId, [b.id, a.id]);
    expect(
      (await new CategoryRuleRepository(db().em()).list(userId)).map((r) => [r.id, r.priority]),
    ).toEqual([
      [b.id, 0],
      [a.id, 1],
    ]);
    await expect(repo.reorder(userId, [a.id])).rejects.toBeInstanceOf(InvalidRuleOrderError);
    expect(await repo.update(userId, a.id, { rule: { category: 'Taxi' } })).toMatchObject({
      rule: { category: 'Taxi' },
    });
    expect(await repo.remove('someone-else', a.id)).toBe(false);
    expect(await repo.remove(userId, a.id)).toBe(true);
    expect((await repo.list(userId)).map((r) => r.id)).toEqual([b.id]);
  });

  it('re-categorizes in batches, skipping MANUAL rows', async () => {
    const em = db().em();
    const { connectionId } = await seedSync(
      em,
      range(0, 25).map((n) => chargeRow(n)),
    );
    const repo = new TransactionRepository(em);
    const manual = await em.findOneOrFail(StripeTransaction, {
      connection: connectionId,
      stripeId: chargeRow(3).stripeId,
    });
    await repo.setCategory(connectionId, manual.id, 'Kept');
    const seen: string[] = [];
    const changed = await new TransactionRepository(db().em()).recategorize(
      connectionId,
      (row) => {
        seen.push(row.stripeId);
        return Number(row.metadata.order) % 2 === 0
          ? { category: 'Even', categorySource: CategorySource.RULE, categoryRuleId: 'r-even' }
          : {
              category: row.category,
              categorySource: row.categorySource,
              categoryRuleId: row.categoryRuleId,
            };
      },
      4,
    );
    expect(seen).toHaveLength(24);
    expect(seen).not.toContain(chargeRow(3).stripeId);
    expect(changed).toBe(13);
    const rows = await db().em().find(StripeTransaction, { connection: connectionId });
    expect(rows.filter((row) => row.category === 'Even')).toHaveLength(13);
    expect(rows.find((row) => row.id === manual.id)).toMatchObject({
      category: 'Kept',
      categorySource: CategorySource.MANUAL,
    });
  });
});
