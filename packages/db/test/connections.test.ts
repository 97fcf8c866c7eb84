import { expect, it } from 'vitest';
import { ConnectionRepository, OAuthFlavor, StripeConnection } from '../src/index.js';
import { ConnectionStatus } from '@cora/core';
import { describeEachDialect } from './support/databases.js';
import { seedConnection, uniqueId } from './support/fixtures.js';

describeEachDialect('connections', (db) => {
  it('saves one connection per user and replaces it on reconnect', async () => {
    const repo = new ConnectionRepository(db().em());
    const first = await seedConnection(db().em());
    await repo.recordSyncResult(first.id, {
      lastSyncedAt: new Date(),
      nextSyncAt: null,
      syncCursor: '1700000000',
      error: { code: 'AUTH', message: 'Reconnect Stripe.' },
    });
    const again = await new ConnectionRepository(db().em()).saveConnected({
      userId: first.userId,
      stripeAccountId: 'acct_other',
      livemode: true,
      scope: 'read_write',
      flavor: OAuthFlavor.APPS,
      accessTokenCiphertext: 'v1.sealed-2',
      refreshTokenCiphertext: null,
      tokenKeyId: 'key-2',
      accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
    });
    expect(again).toMatchObject({
      id: first.id,
      stripeAccountId: 'acct_other',
      tokenVersion: first.tokenVersion + 1,
      status: ConnectionStatus.CONNECTED,
      lastErrorCode: null,
      syncCursor: null,
    });
    expect(await db().em().count(StripeConnection, { userId: first.userId })).toBe(1);
    expect((await repo.findByAccountId('acct_other')).map((c) => c.id)).toEqual([first.id]);
  });

  it('lets one claimer refresh, and stores its tokens only while the version still matches', async () => {
    const connection = await seedConnection(db().em());
    const repo = new ConnectionRepository(db().em());
    const version = connection.tokenVersion;
    const until = new Date(Date.now() + 30_000);
    const tokens = {
      accessTokenCiphertext: 'v1.a2',
      refreshTokenCiphertext: 'v1.r2',
      tokenKeyId: 'key-1',
      accessTokenExpiresAt: new Date(),
    };
    expect(await repo.claimRefresh(connection.id, version, until)).toBe(true);
    expect(
      await new ConnectionRepository(db().em()).claimRefresh(connection.id, version, until),
    ).toBe(false);
    expect(await repo.storeRefreshed(connection.id, version, tokens)).toBe(true);
    expect(
      await repo.storeRefreshed(connection.id, version, {
        ...tokens,
        accessTokenCiphertext: 'v1.lost',
      }),
    ).toBe(false);
    expect(await repo.findById(connection.id)).toMatchObject({
      accessTokenCiphertext: 'v1.a2',
      refreshTokenCiphertext: 'v1.r2',
      tokenVersion: version + 1,
      refreshLockedUntil: null,
    });
    // The stored refresh freed the lease: the next refresh, at the new version, may claim it.
    expect(await repo.claimRefresh(connection.id, version, until)).toBe(false);
    expect(await repo.claimRefresh(connection.id, version + 1, until)).toBe(true);
  });

  it('frees a refresh lease that expired or was released, without touching the tokens', async () => {
    const connection = await seedConnection(db().em());
    const repo = new ConnectionRepository(db().em());
    const version = connection.tokenVersion;
    const now = new Date();
    expect(
      await repo.claimRefresh(connection.id, version, new Date(now.getTime() + 1000), now),
    ).toBe(true);
    const later = new Date(now.getTime() + 2000);
    expect(
      await repo.claimRefresh(connection.id, version, new Date(later.getTime() + 1000), later),
    ).toBe(true);
    await repo.releaseRefresh(connection.id);
    expect(await repo.findById(connection.id)).toMatchObject({
      accessTokenCiphertext: connection.accessTokenCiphertext,
      tokenVersion: version,
      refreshLockedUntil: null,
    });
    expect(
      await repo.claimRefresh(connection.id, version, new Date(later.getTime() + 1000), later),
    ).toBe(true);
  });

  it('wipes tokens on disconnect and on NEEDS_REAUTH', async () => {
    const repo = new ConnectionRepository(db().em());
    const a = await seedConnection(db().em(), { nextSyncAt: new Date() });
    await repo.markDisconnected(a.id);
    expect(await repo.findById(a.id)).toMatchObject({
      status: ConnectionStatus.DISCONNECTED,
      accessTokenCiphertext: null,
      refreshTokenCiphertext: null,
      nextSyncAt: null,
      tokenVersion: a.tokenVersion + 1,
    });
    const b = await seedConnection(db().em());
    await repo.markNeedsReauth(b.id, { code: 'AUTH', message: 'Stripe access was revoked.' });
    expect(await repo.findById(b.id)).toMatchObject({
      status: ConnectionStatus.NEEDS_REAUTH,
      accessTokenCiphertext: null,
      lastErrorCode: 'AUTH',
    });
  });

  it('lists for support: errors first, search by prefix, filter by status, with a total', async () => {
    const tag = uniqueId('sup');
    const em = db().em();
    const ok = await seedConnection(em, { userId: `${tag}_ok` });
    const broken = await seedConnection(em, { userId: `${tag}_broken` });
    const repo = new ConnectionRepository(db().em());
    await repo.setStatus(broken.id, ConnectionStatus.NEEDS_REAUTH, {
      code: 'AUTH',
      message: 'Reconnect.',
    });
    const found = await repo.listForSupport({ search: tag });
    expect(found.totalCount).toBe(2);
    expect(found.items.map((c) => c.id)).toEqual([broken.id, ok.id]);
    expect(
      (await repo.listForSupport({ search: ok.stripeAccountId ?? '' })).items.map((c) => c.id),
    ).toEqual([ok.id]);
    const filtered = await repo.listForSupport({ search: tag, status: ConnectionStatus.CONNECTED });
    expect(filtered).toMatchObject({ totalCount: 1, items: [{ id: ok.id }] });
    const paged = await repo.listForSupport({ search: tag, first: 1, offset: 1 });
    expect(paged).toMatchObject({ totalCount: 2, items: [{ id: ok.id }] });
    expect((await repo.listForSupport({ search: `${tag}%` })).totalCount).toBe(0);
  });

  it('hands a due connection to one claimer only, until its lease ends', async () => {
    const now = new Date(Date.now() + 365 * 86_400_000);
    const em = db().em();
    const due = await Promise.all(
      Array.from({ length: 6 }, () =>
        seedConnection(em, { nextSyncAt: new Date(now.getTime() - 1000) }),
      ),
    );
    const notDue = await seedConnection(em, { nextSyncAt: new Date(now.getTime() + 60_000) });
    const peer = await db().peerEm();
    const [a, b] = await Promise.all([
      new ConnectionRepository(db().em()).claimDue(now, 4, 30_000),
      new ConnectionRepository(peer).claimDue(now, 4, 30_000),
    ]);
    const claimed = [...a, ...b].map((c) => c.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.sort()).toEqual(due.map((c) => c.id).sort());
    expect(claimed).not.toContain(notDue.id);
    expect([...a, ...b].every((c) => c.nextSyncAt?.getTime() === now.getTime() + 30_000)).toBe(
      true,
    );
    expect(await new ConnectionRepository(db().em()).claimDue(now, 10, 30_000)).toEqual([]);
    const afterLease = await new ConnectionRepository(db().em()).claimDue(
      new Date(now.getTime() + 30_000),
      10,
      30_000,
    );
    expect(afterLease.map((c) => c.id).sort()).toEqual(due.map((c) => c.id).sort());
  });
});
