import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  ConnectionRepository,
  createOrm,
  SyncRunRepository,
  SyncStatus,
  type Orm,
  type SyncRunEntity,
} from '@cora/db';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createServices } from '../src/app/services.js';
import { RESUMED_NOTE, RESUMING_CODE } from '../src/modules/sync/sync.engine.js';
import { bookIds, connectAccount, succeededChargeIds } from './support/books.js';
import { notePostgresSkipped, postgresUrl } from './support/databases.js';
import { connectInBrowser } from './support/flows.js';
import { startHarness, type Harness } from './support/harness.js';

notePostgresSkipped('crash recovery through the job queue');

const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const SYNC_CHILD = fileURLToPath(new URL('./support/sync-child.ts', import.meta.url));
const TOTAL = 3000;
const silent = pino({ level: 'silent' });

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function spawnChild(script: string, variable: string, input: object): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, [variable]: JSON.stringify(input) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

/** The connection's RUNNING run once it has written `pages` pages. */
function runningWithPages(h: Harness, connectionId: string, pages: number) {
  return waitFor(async () => {
    const run = await new SyncRunRepository(h.app.services.orm.em.fork()).findRunning(connectionId);
    return run !== null && run.pages >= pages ? run : null;
  }, 60_000);
}

/** Waits for the run to end; records whether the connection said it was resuming. */
async function finishedRun(
  orm: Orm,
  run: SyncRunEntity,
): Promise<{ run: SyncRunEntity; sawResuming: boolean }> {
  let sawResuming = false;
  const finished = await waitFor(async () => {
    const em = orm.em.fork();
    const connection = await new ConnectionRepository(em).findById(run.connection.id);
    if (connection?.lastErrorCode === RESUMING_CODE) sawResuming = true;
    const current = await new SyncRunRepository(em).findById(run.id);
    return current?.status === SyncStatus.RUNNING ? null : current;
  }, 60_000);
  return { run: finished, sawResuming };
}

describe.skipIf(postgresUrl === undefined)('on PostgreSQL, a worker killed mid-backfill', () => {
  it('is replaced by another instance, which finishes the run from its checkpoint with the exact set', async () => {
    // The API instance the user talks to enqueues only; the child is the worker.
    const h = await startHarness({
      postgres: postgresUrl,
      sandbox: { authorizeCharges: 0 },
      services: { role: 'api' },
      env: { JOB_EXPIRE_SECONDS: '4', SYNC_SLICE_SECONDS: '1' },
    });
    let other: { close(): Promise<void> } | null = null;
    let otherOrm: Orm | null = null;
    try {
      // The real entry point as a worker process, built from this source.
      execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: API_DIR });
      const child = spawn(process.execPath, [MAIN, '--role', 'worker'], {
        env: { ...process.env, ...h.env, LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('worker started')) resolve();
        });
      });
      const account = h.sandbox.control.createAccount({ charges: TOTAL, seed: 33 }).id;
      h.sandbox.control.setFaults({ latencyMs: 40 }, account);
      const landing = await connectInBrowser(h, await h.token('pg-crash-user'), { account });
      expect(landing.searchParams.get('connected')).toBe('1');
      const connection = await waitFor(
        () => new ConnectionRepository(h.app.services.orm.em.fork()).findByUserId('pg-crash-user'),
        10_000,
      );
      const running = await runningWithPages(h, connection.id, 5);
      await kill(child);
      const killedAt = Date.now();
      h.sandbox.control.clearFaults(account);

      // A second instance, in this process, as a worker.
      otherOrm = await createOrm({ databaseUrl: h.config.databaseUrl });
      const second = createServices(h.config, silent, otherOrm, { role: 'worker' });
      other = second;
      await second.open();

      const { run, sawResuming } = await finishedRun(h.app.services.orm, running);
      const recoveredInMs = Date.now() - killedAt;
      expect(run).toMatchObject({
        id: running.id,
        status: SyncStatus.SUCCEEDED,
        note: RESUMED_NOTE,
      });
      expect(sawResuming).toBe(true);
      // Expiry (4 s) + maintenance (1 s) + polling, and the rest of the import.
      expect(recoveredInMs).toBeLessThan(20_000);
      // It continued from the checkpoint: at most the killed page and the catch-up re-read.
      expect(run.fetched).toBeLessThanOrEqual(TOTAL + 200);
      expect(await bookIds(h, 'pg-crash-user')).toEqual(await succeededChargeIds(h, account));
      const after = await new ConnectionRepository(h.app.services.orm.em.fork()).findById(
        connection.id,
      );
      expect(after?.lastErrorCode ?? null).toBeNull();
    } finally {
      await other?.close();
      await otherOrm?.close();
      await h.close();
    }
  }, 90_000);
});

describe('on SQLite, a process killed mid-backfill', () => {
  async function killedMidBackfill(userId: string) {
    const h = await startHarness({ sandbox: { authorizeCharges: 0 } });
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: TOTAL, seed: 34 }).id;
    // Connect without the INITIAL import finishing: the child process does the import.
    control.setFaults({ serverErrorShare: 1 }, account);
    await connectAccount(h, userId, account);
    control.setFaults({ latencyMs: 40 }, account);
    const connection = await new ConnectionRepository(h.app.services.orm.em.fork()).findByUserId(
      userId,
    );
    const connectionId = connection?.id as string;
    const child = spawnChild(SYNC_CHILD, 'SYNC_CHILD_INPUT', {
      databaseUrl: h.config.databaseUrl,
      encryptionKey: h.config.encryption.current.key.toString('base64'),
      stripe: h.config.stripe,
      connectionId,
    });
    const running = await runningWithPages(h, connectionId, 5);
    await kill(child);
    control.clearFaults(account);
    return { h, account, running };
  }

  it('resumes by itself when the instance starts again, with the exact set', async () => {
    const { h, account, running } = await killedMidBackfill('sqlite-restart-user');
    try {
      // The restarted instance: on open it re-enqueues the RUNNING run the dead one left.
      const restarted = createServices(h.config, silent, h.app.services.orm);
      await restarted.open();
      await restarted.engine.idle();
      await restarted.close();
      const { run } = await finishedRun(h.app.services.orm, running);
      expect(run).toMatchObject({
        id: running.id,
        status: SyncStatus.SUCCEEDED,
        note: RESUMED_NOTE,
      });
      expect(run.fetched).toBeLessThanOrEqual(TOTAL + 200);
      expect(await bookIds(h, 'sqlite-restart-user')).toEqual(await succeededChargeIds(h, account));
    } finally {
      await h.close();
    }
  }, 90_000);

  it('is resumed, not handed back as is, when the user asks for a sync', async () => {
    const { h, account, running } = await killedMidBackfill('sqlite-ask-user');
    try {
      const token = await h.token('sqlite-ask-user');
      const started = await h.gql<{ syncStripeTransactions: { id: string; status: string } }>(
        `mutation { syncStripeTransactions { id status } }`,
        {},
        token,
      );
      expect(started.data?.syncStripeTransactions).toEqual({ id: running.id, status: 'RUNNING' });
      await h.app.services.engine.idle();
      const { run } = await finishedRun(h.app.services.orm, running);
      expect(run).toMatchObject({ status: SyncStatus.SUCCEEDED, note: RESUMED_NOTE });
      expect(await bookIds(h, 'sqlite-ask-user')).toEqual(await succeededChargeIds(h, account));
    } finally {
      await h.close();
    }
  }, 90_000);
});

describe.skipIf(postgresUrl === undefined)('on PostgreSQL, a slice that outlives its job', () => {
  it('is fenced off when the queue hands the run to another slice: no page is written twice', async () => {
    // A page that takes longer than the job's expiry: the queue retries the job on this
    // instance's second worker while the first slice still waits for Stripe.
    const h = await startHarness({
      postgres: postgresUrl,
      sandbox: { authorizeCharges: 0 },
      env: {
        JOB_EXPIRE_SECONDS: '2',
        JOB_MAINTENANCE_SECONDS: '1',
        JOB_POLLING_SECONDS: '0.5',
        SYNC_SLICE_SECONDS: '1',
        SYNC_CONCURRENCY: '2',
      },
    });
    try {
      const { control } = h.sandbox;
      const account = control.createAccount({ charges: TOTAL, seed: 35 }).id;
      control.setFaults({ latencyMs: 4_000 }, account);
      const token = await h.token('pg-overrun-user');
      expect((await connectInBrowser(h, token, { account })).searchParams.get('connected')).toBe(
        '1',
      );
      const connection = await waitFor(
        () =>
          new ConnectionRepository(h.app.services.orm.em.fork()).findByUserId('pg-overrun-user'),
        10_000,
      );
      const running = await waitFor(async () => {
        const run = await new SyncRunRepository(h.app.services.orm.em.fork()).findRunning(
          connection.id,
        );
        return run !== null && run.slice >= 2 ? run : null;
      }, 30_000);
      // Slow enough that the new slice is still paging when the old one's page arrives.
      control.setFaults({ latencyMs: 300 }, account);
      const { run } = await finishedRun(h.app.services.orm, running);
      expect(run.status).toBe(SyncStatus.SUCCEEDED);
      expect(run.slice).toBeGreaterThanOrEqual(2);
      // The overrun slice's page arrived after the run was taken over: it was not counted
      // (a page written twice would add 100; the catch-up re-read adds at most one charge).
      expect(run.fetched).toBeLessThan(TOTAL + 100);
      expect(await bookIds(h, 'pg-overrun-user')).toEqual(await succeededChargeIds(h, account));
    } finally {
      await h.close();
    }
  }, 90_000);
});
