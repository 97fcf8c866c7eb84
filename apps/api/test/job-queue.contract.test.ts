import { createOrm, migrateUp, type Orm } from '@cora/db';
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
});
