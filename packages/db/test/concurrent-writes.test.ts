import { expect, it } from 'vitest';
import { StatsRepository, TransactionRepository } from '../src/index.js';
import { CategorySource } from '@cora/core';
import { execute } from '../src/sql/driver.js';
import { describeEachDialect } from './support/databases.js';
import { chargeRow, range, seedSync } from './support/fixtures.js';

describeEachDialect('concurrent writers of one connection', (db) => {
  it('keep the running totals exact when a sync page and webhooks race on new charges', async () => {
    const { connectionId, runId } = await seedSync(db().em());
    const peer = await db().peerEm();
    for (let round = 0; round < 10; round++) {
      const ids = range(round * 20, round * 20 + 20);
      await Promise.all([
        new TransactionRepository(db().em()).upsertPage({
          connectionId,
          runId,
          rows: ids.map((n) => chargeRow(n)),
          checkpoint: { round },
        }),
        ...ids.slice(0, 5).map((n) =>
          new TransactionRepository(peer.fork()).upsertOne(
            connectionId,
            chargeRow(n, {
              amountMinor: 7,
              category: 'Webhook',
              categorySource: CategorySource.RULE,
              sourceVersion: 2_000,
            }),
          ),
        ),
      ]);
    }
    const [full] = await execute<{ amount: string; count: number | string }>(
      db().em(),
      'select cast(sum(amount_minor) as text) as amount, count(*) as count from stripe_transaction where connection_id = ?',
      [connectionId],
    );
    const totals = await new StatsRepository(db().em()).totalsByCurrency(connectionId);
    expect(totals).toEqual([{ currency: 'USD', amount: full?.amount, count: Number(full?.count) }]);
    expect(Number(full?.count)).toBe(200);
  });
});
