/**
 * `npm run bench:load` (root): `stripeTransactions(first: 50)` offered open-loop at fixed rates
 * while a first sync runs, on SQLite and (when DATABASE_URL or TEST_DATABASE_URL points at
 * one) PostgreSQL, where it runs a second time with the sync in a `--role worker` process.
 * The API runs here with its default admission settings; the sandbox runs in
 * its own process and the load generator in a worker thread. Prints served req/s, p50/p99
 * of served requests, the shed share and how fast a shed answer came, /healthz p99, the
 * longest wait of any request, and how long the event loop was held.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { SyncTrigger } from '@cora/db';
import { pino } from 'pino';
import { createApp, type App } from '../src/app/create-app.js';
import type { InstanceRole } from '../src/app/services.js';
import { signDevToken } from '../src/auth/dev-token.js';
import { buildConfig } from '../src/config/config.js';
import { parseEnv } from '../src/config/env.js';
import { TokenCipher } from '../src/security/token-cipher.js';
import type { LoadPlan, LoadResult, Sample } from './load-worker.js';
import { postgresTarget, sqliteTarget, type Target } from './targets.js';
import { connectAccount } from './connect-account.js';
import { startSandboxProcess, type SandboxProcess } from './sandbox-process.js';

const { values } = parseArgs({
  options: {
    imported: { type: 'string' },
    syncing: { type: 'string' },
    rates: { type: 'string' },
    seconds: { type: 'string' },
  },
});
const IMPORTED = Number(values.imported ?? 100_000);
const SYNCING = Number(values.syncing ?? 50_000);
const RATES = (values.rates ?? '50,100,200').split(',').map(Number);
const SECONDS = Number(values.seconds ?? 10);
const postgresServer = [process.env['DATABASE_URL'], process.env['TEST_DATABASE_URL']].find((url) =>
  url?.startsWith('postgres'),
);

const QUERY = `query Page { stripeTransactions(first: 50) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id amount currency category categorySource createdAt } }
} }`;

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN);
const sortedMs = (samples: readonly Sample[]): number[] =>
  samples.map((s) => s.ms).sort((a, b) => a - b);
const ms = (value: number): string => (Number.isNaN(value) ? '–' : `${value.toFixed(0)} ms`);

function offer(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.js', import.meta.url), { workerData: plan });
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** The API's environment for a target: one per run, shared by its API and worker processes. */
function apiEnv(
  target: Target,
  sandbox: SandboxProcess,
  jwtSecret: string,
): Record<string, string> {
  return {
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATABASE_URL: target.database.url,
    AUTH_JWT_SECRET: jwtSecret,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    STRIPE_CLIENT_ID: 'ca_bench',
    STRIPE_CLIENT_SECRET: 'sk_test_bench',
    STRIPE_API_BASE: sandbox.url,
    STRIPE_CONNECT_BASE: sandbox.url,
    STRIPE_RATE_LIMIT_PER_SECOND: '1000000',
    // Admission settings (API_MAX_*) and the page writer (SYNC_PAGE_WRITER) to try come from
    // the environment; the defaults otherwise.
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] =>
          (entry[0].startsWith('API_MAX_') || entry[0] === 'SYNC_PAGE_WRITER') &&
          entry[1] !== undefined,
      ),
    ),
    // One user offers every request here: the per-identity limit is not what is measured.
    API_RATE_LIMIT: '1000000000',
  };
}

function startApi(env: Record<string, string>, role: InstanceRole): Promise<App> {
  return createApp(buildConfig(parseEnv(env)), pino({ level: 'warn' }), { role });
}

/** `node dist/main.js --role worker` with the API's environment: the sync runs there. */
async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN, '--role', 'worker'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the worker exited with ${String(code)}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('worker started')) resolve();
    });
  });
  child.stdout?.resume();
  return child;
}

function connect(
  app: App,
  sandbox: SandboxProcess,
  userId: string,
  account: string,
): Promise<string> {
  const cipher = new TokenCipher(app.services.config.encryption.current);
  return connectAccount(app.services.orm, cipher, sandbox, userId, account);
}

/** Keeps a full sync of `connectionId` running until `stop` is called. */
function keepSyncing(app: App, connectionId: string): { stop(): Promise<number> } {
  let running = true;
  let runs = 0;
  const loop = (async () => {
    while (running) {
      await app.services.engine.request(
        app.services.orm.em.fork(),
        connectionId,
        SyncTrigger.MANUAL,
        true,
      );
      await app.services.engine.idle();
      runs += 1;
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return runs;
    },
  };
}

/**
 * One target: `all` runs API and sync in this process (the embedded default's shape);
 * `split` runs this process as `--role api` and the sync in a `--role worker` process.
 */
async function run(
  target: Target,
  sandbox: SandboxProcess,
  writerAccount: string,
  roles: 'all' | 'split',
): Promise<void> {
  const jwtSecret = randomBytes(32).toString('base64url');
  const env = apiEnv(target, sandbox, jwtSecret);
  const worker = roles === 'split' ? await startWorker(env) : null;
  const app = await startApi(env, roles === 'split' ? 'api' : 'all');
  const label = roles === 'split' ? `${target.name}+worker` : target.name;
  const { engine, orm } = app.services;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  try {
    const reader = await connect(app, sandbox, `bench-reader-${target.name}`, sandbox.account);
    const writer = await connect(app, sandbox, `bench-writer-${target.name}`, writerAccount);
    const token = await signDevToken(
      new TextEncoder().encode(jwtSecret),
      `bench-reader-${target.name}`,
      'user',
    );

    loop.enable();
    const importStarted = performance.now();
    await engine.request(orm.em.fork(), reader, SyncTrigger.MANUAL, true);
    await engine.idle();
    loop.disable();
    console.log(
      `${label}: imported ${IMPORTED.toLocaleString('en')} charges in ${((performance.now() - importStarted) / 1000).toFixed(1)} s; ` +
        `event loop held during the backfill: p99 ${ms(loop.percentile(99) / 1e6)}, max ${ms(loop.max / 1e6)}`,
    );

    const syncing = keepSyncing(app, writer);
    // Unmeasured: warms the query paths and lets the database settle after the import.
    await offer({
      url: app.url,
      token,
      query: QUERY,
      rate: 20,
      seconds: 3,
      healthEveryMs: 100,
      timeoutMs: 10_000,
      connections: 20,
    });
    for (const rate of RATES) {
      loop.reset();
      loop.enable();
      const result = await offer({
        url: app.url,
        token,
        query: QUERY,
        rate,
        seconds: SECONDS,
        healthEveryMs: 20,
        timeoutMs: 10_000,
        connections: 200,
      });
      loop.disable();
      const served = result.operations.filter((s) => s.status === 200 && !s.graphqlError);
      const shed = result.operations.filter((s) => s.status === 503);
      const failed = result.operations.length - served.length - shed.length;
      const failures = result.operations
        .filter((s) => !(s.status === 200 && !s.graphqlError) && s.status !== 503)
        .map((s) =>
          s.status === 0
            ? (s.error ?? 'no answer')
            : s.graphqlError
              ? '200+errors'
              : String(s.status),
        );
      const failedBy = [...new Set(failures)]
        .map((k) => `${failures.filter((f) => f === k).length}×${k}`)
        .join(' ');
      const servedMs = sortedMs(served);
      const longest = Math.max(...result.operations.map((s) => s.ms));
      console.log(
        `${label.padEnd(17)} offered ${String(rate).padStart(3)}/s: served ${(served.length / SECONDS).toFixed(1)}/s, ` +
          `p50 ${ms(quantile(servedMs, 0.5))}, p99 ${ms(quantile(servedMs, 0.99))}; ` +
          `shed ${((100 * shed.length) / result.operations.length).toFixed(1)} % (p99 answer ${ms(quantile(sortedMs(shed), 0.99))}); ` +
          `failed ${failed}${failed > 0 ? ` (${failedBy})` : ''}; /healthz p99 ${ms(quantile(sortedMs(result.health), 0.99))}; longest wait ${ms(longest)}; ` +
          `generator late by ≤ ${ms(Math.max(...result.operations.map((s) => s.lagMs)))}; ` +
          `loop delay p99 ${ms(loop.percentile(99) / 1e6)} max ${ms(loop.max / 1e6)}; load ${loadavg()
            .map((l) => l.toFixed(1))
            .join(' ')}`,
      );
    }
    const runs = await syncing.stop();
    console.log(
      `${label}: ${runs} full sync(s) of ${SYNCING.toLocaleString('en')} charges ran alongside`,
    );
  } finally {
    await app.close();
    if (worker !== null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await target.database.drop();
  }
}

console.log(
  `Seeding the sandbox (own process): ${IMPORTED.toLocaleString('en')} charges to import first, ` +
    `${SYNCING.toLocaleString('en')} to sync under load; ${SECONDS} s per rate; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const sandbox = await startSandboxProcess(IMPORTED);
try {
  const writer = await sandbox.control<{ id: string }>('POST', '/accounts', { charges: SYNCING });
  await run(sqliteTarget(), sandbox, writer.id, 'all');
  if (postgresServer) {
    await run(await postgresTarget(postgresServer), sandbox, writer.id, 'all');
    await run(await postgresTarget(postgresServer), sandbox, writer.id, 'split');
  } else
    console.log(
      'PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to a postgres:// server',
    );
  console.log(
    'Targets: served p99 ≤ 250 ms, shed answers ≤ 50 ms, /healthz p99 ≤ 100 ms, no wait > 1 s',
  );
} finally {
  sandbox.stop();
}
