import { createOrm, StripeConnection, SyncRun, SyncTrigger, type Orm } from '@cora/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../src/app/services.js';
import { connectAccount } from './support/books.js';
import { eachDatabase } from './support/databases.js';
import { startHarness, type Harness } from './support/harness.js';

const USERS = 6;

describe.each(eachDatabase('scheduler'))('scheduled syncs on %s', (_name, postgres) => {
  let h: Harness;
  let secondOrm: Orm;
  let second: Services;

  beforeAll(async () => {
    h = await startHarness({ postgres, services: { schedulerConcurrency: USERS / 2 } });
    // A second API instance on the same database, as in a scale-out deployment. SQLite is
    // the single-instance default: there the second scheduler shares the process's ORM.
    secondOrm = postgres
      ? await createOrm({ databaseUrl: h.config.databaseUrl })
      : h.app.services.orm;
    second = createServices(h.config, pino({ level: 'silent' }), secondOrm, {
      schedulerConcurrency: USERS / 2,
    });
  });
  afterAll(async () => {
    await second.close();
    if (secondOrm !== h.app.services.orm) await secondOrm.close();
    await h.close();
  });

  it('runs each due sync exactly once across two instances, and not again until due', async () => {
    for (let i = 0; i < USERS; i += 1) {
      await connectAccount(
        h,
        `scheduled-${i}`,
        h.sandbox.control.createAccount({ charges: 5, seed: i }).id,
      );
    }
    const em = h.app.services.orm.em.fork();
    await em.nativeUpdate(StripeConnection, {}, { nextSyncAt: new Date(Date.now() - 60_000) });

    await Promise.all([
      h.app.services.scheduler.tick(),
      second.scheduler.tick(),
      h.app.services.scheduler.tick(),
    ]);
    await Promise.all([h.app.services.engine.idle(), second.engine.idle()]);
    await Promise.all([h.app.services.scheduler.tick(), second.scheduler.tick()]);
    await Promise.all([h.app.services.engine.idle(), second.engine.idle()]);

    const runs = await em
      .fork()
      .find(SyncRun, { trigger: SyncTrigger.SCHEDULED }, { populate: ['connection'] });
    const perUser = new Map<string, number>();
    for (const run of runs) {
      const user = run.connection.getEntity().userId;
      perUser.set(user, (perUser.get(user) ?? 0) + 1);
    }
    expect([...perUser.values()]).toEqual(Array.from({ length: USERS }, () => 1));
    expect(runs.every((run) => run.status === 'SUCCEEDED')).toBe(true);

    const connections = await em.fork().find(StripeConnection, {});
    const day = 24 * 60 * 60 * 1000;
    for (const connection of connections) {
      expect(connection.nextSyncAt?.getTime()).toBeGreaterThan(Date.now() + day - 60_000);
    }
  });
});
