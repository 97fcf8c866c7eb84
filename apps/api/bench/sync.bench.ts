/**
 * `npm run bench -w @cora/api [-- --charges 1000000]`: a full backfill through the sync
 * engine from the sandbox (in its own process, no latency, no rate limit) into SQLite, and
 * into PostgreSQL when DATABASE_URL or TEST_DATABASE_URL points at one; then an
 * incremental sync with nothing new. Prints charges/s, Stripe requests and peak RSS, and
 * beside the backfill, in the same run, its two ceilings: (a) reading and mapping every
 * page with nothing written, (b) the engine's page writer alone with no Stripe; and the
 * charges of the backfill as a share of the lower one; then the whole backfill with the books,
 * its Stripe requests per second as a share of (a)’s.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  createOrm,
  migrateUp,
  SyncRunRepository,
  SyncStatus,
  SyncTrigger,
  type PageWriterMode,
} from '@cora/db';
import { pino } from 'pino';
import type { StripeConfig } from '../src/config/config.js';
import { parseEncryptionKey, TokenCipher } from '../src/security/token-cipher.js';
import type { SyncEngine } from '../src/modules/sync/sync.engine.js';
import { standaloneEngine } from '../test/support/engine.js';
import { perSecond, readOnly, writeOnly } from './ceiling.js';
import { cpuPerPage, sampleCpu, type CpuSample } from './cpu.js';
import { connectAccount } from './connect-account.js';
import { startSandboxProcess, type SandboxProcess } from './sandbox-process.js';
import { postgresTarget, sqliteTarget, type Target } from './targets.js';

const { values } = parseArgs({
  options: { charges: { type: 'string' }, writers: { type: 'string', default: 'thread' } },
});
const WRITERS = values.writers.split(',').map((mode): PageWriterMode => {
  if (mode !== 'thread' && mode !== 'inline')
    throw new Error(`--writers takes thread and/or inline, not ${mode}`);
  return mode;
});
const CHARGES = Number(values.charges ?? process.env['BENCH_CHARGES'] ?? 100_000);
const postgresServer = [process.env['DATABASE_URL'], process.env['TEST_DATABASE_URL']].find((url) =>
  url?.startsWith('postgres'),
);

let peakRss = 0;
// rss() alone: the full memoryUsage() costs the engine measurable time at this rate.
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function run(target: Target, sandbox: SandboxProcess): Promise<void> {
  const logger = pino({ level: 'warn' });
  const orm = await createOrm({ databaseUrl: target.database.url });
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
  const timed = async (
    engine: SyncEngine,
    connectionId: string,
    full: boolean,
  ): Promise<{
    seconds: number;
    requests: number;
    fetched: number;
    status: string;
    /** When the books began: the charges alone (their pages and balance entries) were done. */
    charges: { seconds: number; fetched: number; cpu: CpuSample } | null;
    cpu: CpuSample;
  }> => {
    await sandbox.control('DELETE', '/requests');
    const cpu = sampleCpu(sandbox.pid);
    const started = performance.now();
    const runRow = await engine.request(orm.em.fork(), connectionId, SyncTrigger.MANUAL, full);
    let charges: { seconds: number; fetched: number; cpu: CpuSample } | null = null;
    const watch = setInterval(() => {
      void new SyncRunRepository(orm.em.fork()).findById(runRow.id).then((row) => {
        const phase = (row?.checkpoint as { phase?: string } | null)?.phase;
        if (charges === null && phase !== undefined && phase !== 'charges')
          charges = {
            seconds: (performance.now() - started) / 1000,
            fetched: row?.fetched ?? 0,
            cpu: sampleCpu(sandbox.pid),
          };
      });
    }, 25);
    await engine.idle();
    clearInterval(watch);
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
      status:
        finished?.status === SyncStatus.FAILED
          ? `FAILED (${finished.errorCode}: ${finished.errorMessage})`
          : (finished?.status ?? '?'),
      charges,
      cpu,
    };
  };

  const beforeRead = sampleCpu(sandbox.pid);
  const read = await readOnly(stripe, sandbox, sandbox.account);
  const afterRead = sampleCpu(sandbox.pid);
  const writerConnection = await connectAccount(
    orm,
    cipher,
    sandbox,
    `bench-writer-${target.name}`,
    sandbox.account,
  );
  const beforeWrite = sampleCpu(sandbox.pid);
  const write = await writeOnly(orm, writerConnection, read.pages, read.rate.charges);
  const afterWrite = sampleCpu(sandbox.pid);
  const ceiling = Math.min(perSecond(read.rate), perSecond(write));
  const rate = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;
  const name = target.name.padEnd(10);
  console.log(
    `${name} ceilings: (a) read + map only ${rate(perSecond(read.rate))}, (b) page writer only ${rate(perSecond(write))}`,
  );
  console.log(`${name}   (a) ${cpuPerPage(beforeRead, afterRead, read.rate.charges)}`);
  console.log(`${name}   (b) ${cpuPerPage(beforeWrite, afterWrite, write.charges)}`);
  // The books re-read what the charges carried (balance transactions, refunds, payouts, each
  // payout's entries): their ceiling is Stripe's request rate, here (a)'s pages per second.
  const readPages = read.requests / read.rate.seconds;
  let last: { engine: SyncEngine; connectionId: string } | null = null;
  for (const mode of WRITERS) {
    const engine = standaloneEngine(orm, stripe, cipher, logger, mode);
    const connectionId = await connectAccount(
      orm,
      cipher,
      sandbox,
      `bench-${mode}-${target.name}`,
      sandbox.account,
    );
    const full = await timed(engine, connectionId, true);
    const label = `${name} ${mode} writer:`;
    if (full.charges !== null) {
      const chargesRate = full.charges.fetched / full.charges.seconds;
      console.log(
        `${label} (c) the charges of the backfill ${rate(chargesRate)} = ` +
          `${((100 * chargesRate) / ceiling).toFixed(0)} % of min(a, b) (target ≥ 70 %); ` +
          cpuPerPage(full.cpu, full.charges.cpu, full.charges.fetched),
      );
    }
    const fullPages = full.requests / full.seconds;
    console.log(
      `${label} full books backfill: ${full.fetched.toLocaleString('en')} charges in ${full.seconds.toFixed(2)} s = ` +
        `${rate(full.fetched / full.seconds)} charges, ${full.requests} Stripe requests = ${rate(fullPages)} = ` +
        `${((100 * fullPages) / readPages).toFixed(0)} % of (a)'s ${rate(readPages)} pages, ${full.status}, peak RSS so far ${mb(peakRss)}`,
    );
    if (last !== null) await last.engine.close();
    last = { engine, connectionId };
  }
  if (last !== null) {
    await timed(last.engine, last.connectionId, false); // absorbs the events of the backfill
    const incremental = await timed(last.engine, last.connectionId, false);
    console.log(
      `${name} incremental, nothing new: ${incremental.requests} Stripe request(s) in ${(incremental.seconds * 1000).toFixed(0)} ms, ${incremental.status}`,
    );
    await last.engine.close();
  }
  await orm.close();
  await target.database.drop();
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
