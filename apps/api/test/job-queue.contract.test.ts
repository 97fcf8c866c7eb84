import {
  ConnectionRepository,
  createOrm,
  migrateUp,
  OAuthFlavor,
  SyncRunRepository,
  SyncTrigger,
  type Orm,
} from '@cora/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueue } from '../src/modules/jobs/create-job-queue.js';
import type { JobHandlers, JobQueue, SyncJob } from '../src/modules/jobs/job-queue.js';
import {
  notePostgresSkipped,
  postgresUrl,
  scratchPostgres,
  scratchSqlite,
  type ScratchDatabase,
} from './support/databases.js';

notePostgresSkipped('the job queue contract (pg-boss)');

const implementations = [
  ['the in-process runner (SQLite)', undefined] as const,
  ...(postgresUrl ? [['pg-boss (PostgreSQL)', postgresUrl] as const] : []),
];
const MAX_ATTEMPTS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Handlers that record what the queue made them do. */
function recorder() {
  const slices: { connectionId: string; start: number; end: number; resumed: boolean }[] = [];
  const attempts = new Map<string, number>();
  const parked: string[] = [];
  const continueTimes = new Map<string, number>();
  let queue: JobQueue | null = null;
  const handlers: JobHandlers = {
    async syncSlice(job: SyncJob, resumed: boolean) {
      const start = Date.now();
      await sleep(150);
      slices.push({ connectionId: job.connectionId, start, end: Date.now(), resumed });
      const left = continueTimes.get(job.connectionId) ?? 0;
      if (left > 0) {
        continueTimes.set(job.connectionId, left - 1);
        await queue?.enqueueSync(job);
      }
    },
    syncAbandoned: () => Promise.resolve(),
    webhook(eventId: string) {
      const n = (attempts.get(eventId) ?? 0) + 1;
      attempts.set(eventId, n);
      if (eventId.startsWith('poison') || (eventId.startsWith('flaky') && n === 1))
        return Promise.reject(new Error(`attempt ${n} failed`));
      return Promise.resolve();
    },
    webhookParked(eventId: string) {
      parked.push(eventId);
      return Promise.resolve();
    },
    tick: () => Promise.resolve(),
  };
  return {
    handlers,
    slices,
    attempts,
    parked,
    continueTimes,
    use: (q: JobQueue) => (queue = q),
  };
}

describe.each(implementations)('the job queue contract: %s', (_name, postgres) => {
  let db: ScratchDatabase;
  let orm: Orm;
  let queue: JobQueue;
  let record: ReturnType<typeof recorder>;

  beforeAll(async () => {
    db = postgres ? await scratchPostgres(postgres) : scratchSqlite();
    orm = await createOrm({ databaseUrl: db.url });
    await migrateUp(orm);
    queue = createJobQueue(
      db.url,
      orm,
      {
        syncConcurrency: 2,
        webhookMaxAttempts: MAX_ATTEMPTS,
        webhookRetryDelaySeconds: 1,
        expireSeconds: 30,
        maintenanceSeconds: 1,
        pollingSeconds: 0.5,
        tickSeconds: 60,
      },
      pino({ level: 'silent' }),
    );
    record = recorder();
    record.use(queue);
    queue.bind(record.handlers);
    await queue.open(true);
  });
  afterAll(async () => {
    await queue.stop();
    await orm.close();
    await db.drop();
  });

  it('runs one slice per connection at a time, continuations after it, connections side by side', async () => {
    record.continueTimes.set('conn-a', 2);
    await queue.enqueueSync({ runId: 'run-a', connectionId: 'conn-a' });
    await queue.enqueueSync({ runId: 'run-a', connectionId: 'conn-a' });
    await queue.enqueueSync({ runId: 'run-b', connectionId: 'conn-b' });
    expect(await queue.isSyncPending('conn-a')).toBe(true);
    await queue.idle();
    expect(await queue.isSyncPending('conn-a')).toBe(false);

    const a = record.slices.filter((s) => s.connectionId === 'conn-a');
    const b = record.slices.filter((s) => s.connectionId === 'conn-b');
    // The first slice and its two continuations; the duplicate enqueue adds at most one.
    expect(a.length).toBeGreaterThanOrEqual(3);
    expect(a.length).toBeLessThanOrEqual(4);
    const sorted = [...a].sort((x, y) => x.start - y.start);
    for (let i = 1; i < sorted.length; i += 1)
      expect(sorted[i]?.start).toBeGreaterThanOrEqual(sorted[i - 1]?.end ?? 0);
    expect(b).toHaveLength(1);
    expect(a.every((s) => !s.resumed) && b.every((s) => !s.resumed)).toBe(true);
  });

  it(`attempts a failing event ${MAX_ATTEMPTS} times, then parks it once; a flaky one succeeds on a retry`, async () => {
    await queue.enqueueWebhook('poison-1');
    await queue.enqueueWebhook('poison-1');
    await queue.enqueueWebhook('flaky-1');
    await queue.idle();
    expect(record.attempts.get('poison-1')).toBe(MAX_ATTEMPTS);
    expect(record.parked).toEqual(['poison-1']);
    expect(record.attempts.get('flaky-1')).toBe(2);

    // Support's retry: a new round of attempts.
    await queue.enqueueWebhook('poison-1', { again: true });
    await queue.idle();
    expect(record.attempts.get('poison-1')).toBe(2 * MAX_ATTEMPTS);
    expect(record.parked).toEqual(['poison-1', 'poison-1']);
  }, 30_000);

  async function connection(userId: string): Promise<string> {
    const saved = await new ConnectionRepository(orm.em.fork()).saveConnected({
      userId,
      stripeAccountId: `acct_${userId}`,
      livemode: false,
      scope: 'read_only',
      flavor: OAuthFlavor.CONNECT,
      accessTokenCiphertext: 'v1.sealed',
      refreshTokenCiphertext: null,
      tokenKeyId: 'key-1',
      accessTokenExpiresAt: null,
    });
    return saved.id;
  }

  it('commits a run together with its first slice, or neither', async () => {
    const failing = await connection('start-fails');
    const broken = queue.startSync(orm.em.fork(), async (tx) => {
      await new SyncRunRepository(tx).startRun(failing, SyncTrigger.MANUAL, true);
      throw new Error('the process died before the job was written');
    });
    await expect(broken).rejects.toThrow('the process died');
    expect(await new SyncRunRepository(orm.em.fork()).findRunning(failing)).toBeNull();
    expect(await queue.isSyncPending(failing)).toBe(false);

    const working = await connection('start-works');
    const runId = await queue.startSync(orm.em.fork(), async (tx) => {
      const { run } = await new SyncRunRepository(tx).startRun(working, SyncTrigger.MANUAL, true);
      return { job: { runId: run.id, connectionId: working }, result: run.id };
    });
    expect((await new SyncRunRepository(orm.em.fork()).findRunning(working))?.id).toBe(runId);
    await queue.idle();
    expect(record.slices.filter((s) => s.connectionId === working)).toHaveLength(1);
  }, 30_000);

  it("keeps the caller's transaction when a second start loses the race for the slot", async () => {
    const id = await connection('start-race');
    const first = await queue.startSync(orm.em.fork(), async (tx) => {
      const { run } = await new SyncRunRepository(tx).startRun(id, SyncTrigger.MANUAL, true);
      return { job: { runId: run.id, connectionId: id }, result: run.id };
    });
    const second = await queue.startSync(orm.em.fork(), async (tx) => {
      const started = await new SyncRunRepository(tx).startRun(id, SyncTrigger.SCHEDULED, false);
      return { job: null, result: started };
    });
    expect(second).toMatchObject({ created: false, run: { id: first } });
    await queue.idle();
  }, 30_000);
});
