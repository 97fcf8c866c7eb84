/**
 * `npm run bench -w @cora/api [-- --charges 1000000]`: a full backfill through the sync
 * engine from the sandbox (in its own process, no latency, no rate limit) into SQLite, and
 * into PostgreSQL when DATABASE_URL or TEST_DATABASE_URL points at one; then an
 * incremental sync with nothing new. Prints charges/s, Stripe requests and peak RSS.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ConnectionRepository,
  createOrm,
  migrateUp,
  OAuthFlavor,
  SyncRunRepository,
  SyncTrigger,
} from '@cora/db';
import pg from 'pg';
import { pino } from 'pino';
import { createAppPubSub } from '../src/pubsub/pubsub.js';
import type { StripeConfig } from '../src/config/config.js';
import { CategoryRuleService } from '../src/modules/rules/rules.service.js';
import { ConnectedAccounts } from '../src/modules/stripe/connected-accounts.js';
import { NO_SYNC_OBSERVER } from '../src/modules/sync/sync-observer.js';
import { SyncEngine } from '../src/modules/sync/sync.engine.js';
import { InProcessJobQueue } from '../src/modules/jobs/in-process.queue.js';
import { jobHandlers } from '../src/modules/jobs/job-handlers.js';
import { parseEncryptionKey, TokenCipher } from '../src/security/token-cipher.js';
import { StripeClients } from '../src/modules/stripe/stripe-clients.js';
import { createOAuthFlavor } from '../src/modules/stripe/oauth.js';
import { RateLimiter } from '../src/modules/stripe/rate-limiter.js';
import { DEFAULT_RETRY_POLICY } from '../src/modules/stripe/retry.js';
import { startSandboxProcess, type SandboxProcess } from './sandbox-process.js';

const { values } = parseArgs({ options: { charges: { type: 'string' } } });
const CHARGES = Number(values.charges ?? process.env['BENCH_CHARGES'] ?? 100_000);
const postgresServer = [process.env['DATABASE_URL'], process.env['TEST_DATABASE_URL']].find((url) =>
  url?.startsWith('postgres'),
);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Target {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function sqliteTarget(): Target {
  const folder = mkdtempSync(join(tmpdir(), 'cora-bench-'));
  return {
    name: 'SQLite',
    url: `sqlite:${join(folder, 'bench.sqlite')}`,
    drop: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
  };
}

async function postgresTarget(server: string): Promise<Target> {
  const name = `cora_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: server });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

async function run(target: Target, sandbox: SandboxProcess): Promise<void> {
  const logger = pino({ level: 'warn' });
  const orm = await createOrm({ databaseUrl: target.url });
  await migrateUp(orm);
  const key = parseEncryptionKey(randomBytes(32).toString('base64'));
  const cipher = new TokenCipher(key);
  const stripe: StripeConfig = {
    flavor: 'connect',
    clientId: 'ca_bench',
    secretKey: 'sk_test_bench',
    redirectUri: 'http://localhost/callback',
    apiBase: sandbox.url,
    connectBase: sandbox.url,
    appsAuthorizeUrl: `${sandbox.url}/oauth/v2/authorize`,
    webhookSecret: undefined,
    rateLimitPerSecond: Number.POSITIVE_INFINITY,
  };
  const tokens = await sandbox.control<{ access_token: string; refresh_token: string }>(
    'POST',
    `/accounts/${sandbox.account}/connect`,
    {},
  );
  const access = cipher.seal(tokens.access_token);
  const connection = await new ConnectionRepository(orm.em.fork()).saveConnected({
    userId: `bench-${target.name}`,
    stripeAccountId: sandbox.account,
    livemode: false,
    scope: 'read_write',
    flavor: OAuthFlavor.CONNECT,
    accessTokenCiphertext: access.ciphertext,
    refreshTokenCiphertext: cipher.seal(tokens.refresh_token).ciphertext,
    tokenKeyId: access.keyId,
    accessTokenExpiresAt: null,
  });
  const gateway = new StripeClients(stripe, logger);
  const jobs = new InProcessJobQueue(
    orm,
    {
      syncConcurrency: 1,
      webhookMaxAttempts: 1,
      webhookRetryDelaySeconds: 0,
      expireSeconds: 120,
      maintenanceSeconds: 10,
      pollingSeconds: 2,
      tickSeconds: 60,
    },
    logger,
  );
  const engine = new SyncEngine(
    orm,
    new ConnectedAccounts(cipher, createOAuthFlavor(stripe, gateway), gateway, logger),
    new CategoryRuleService(),
    new RateLimiter(Number.POSITIVE_INFINITY),
    createAppPubSub(undefined).pubSub,
    logger,
    { syncIntervalMs: 86_400_000, retryPolicy: DEFAULT_RETRY_POLICY, sliceMs: 60_000 },
    NO_SYNC_OBSERVER,
    jobs,
  );
  jobs.bind(jobHandlers({ engine }));

  const timed = async (
    full: boolean,
  ): Promise<{ seconds: number; requests: number; fetched: number; status: string }> => {
    await sandbox.control('DELETE', '/requests');
    const started = performance.now();
    const runRow = await engine.request(orm.em.fork(), connection.id, SyncTrigger.MANUAL, full);
    await engine.idle();
    const seconds = (performance.now() - started) / 1000;
    const finished = await new SyncRunRepository(orm.em.fork()).findById(runRow.id);
    const counts = await sandbox.control<{ total: number }>(
      'GET',
      `/requests?account=${sandbox.account}`,
    );
    return {
      seconds,
      requests: counts.total,
      fetched: finished?.fetched ?? 0,
      status: finished?.status ?? '?',
    };
  };

  const full = await timed(true);
  console.log(
    `${target.name.padEnd(10)} full backfill: ${full.fetched.toLocaleString('en')} charges in ${full.seconds.toFixed(2)} s = ` +
      `${Math.round(full.fetched / full.seconds).toLocaleString('en')} charges/s, ${full.requests} Stripe requests, ${full.status}, peak RSS so far ${mb(peakRss)}`,
  );
  await timed(false); // absorbs the events of the backfill
  const incremental = await timed(false);
  console.log(
    `${target.name.padEnd(10)} incremental, nothing new: ${incremental.requests} Stripe request(s) in ${(incremental.seconds * 1000).toFixed(0)} ms, ${incremental.status}`,
  );
  await orm.close();
  await target.drop();
}

console.log(`Seeding the sandbox (own process) with ${CHARGES.toLocaleString('en')} charges…`);
const sandbox = await startSandboxProcess(CHARGES);
try {
  await run(sqliteTarget(), sandbox);
  if (postgresServer) await run(await postgresTarget(postgresServer), sandbox);
  else
    console.log(
      'PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to a postgres:// server',
    );
  console.log(
    `Peak RSS of the engine's process: ${mb(peakRss)} (targets: ≥ 20,000/s SQLite, ≥ 10,000/s PostgreSQL, ≤ 300 MB at 1M)`,
  );
} finally {
  clearInterval(sampler);
  sandbox.stop();
}
