/**
 * Seeds a 1M-charge account and pages through every charge with limit 100 over
 * HTTP, printing pages per second (target: ≥ 2,000). The sandbox runs in this
 * process, as tests and the API's benchmarks start it; the client is a lean
 * HTTP/1.1 client that takes each page's cursor from its tail, so the figure
 * is the sandbox's. Then, for comparison: node:http with JSON.parse of every
 * page, and the stripe SDK's auto-pagination.
 *
 *   npm run bench -w @cora/stripe-sandbox
 *   BENCH_CHARGES=200000 npm run bench -w @cora/stripe-sandbox
 */
import { Agent, request } from 'node:http';
import Stripe from 'stripe';
import { startSandbox } from '../src/index.js';
import { LeanClient } from './lean-client.js';

const CHARGES = Number(process.env.BENCH_CHARGES ?? 1_000_000);
const WARMUP_PAGES = Number(process.env.BENCH_WARMUP_PAGES ?? 500);
const PARSED_PAGES = Number(process.env.BENCH_PARSED_PAGES ?? 2_000);
const SDK_PAGES = Number(process.env.BENCH_SDK_PAGES ?? 1_000);

const sandbox = await startSandbox({ rateLimits: false });
const baseline = process.memoryUsage();
let started = performance.now();
const account = sandbox.control.createAccount({ charges: CHARGES, seed: 1 });
const seeded = (performance.now() - started) / 1000;
const memory = process.memoryUsage();
const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
console.log(
  `seeded ${CHARGES.toLocaleString('en')} charges in ${seeded.toFixed(2)} s ` +
    `(${account.balanceTransactions.toLocaleString('en')} balance transactions, ` +
    `${account.refunds.toLocaleString('en')} refunds, ${account.payouts} payouts); ` +
    `rss +${mib(memory.rss - baseline.rss)} MiB, heap +${mib(memory.heapUsed - baseline.heapUsed)} MiB`,
);
const token = sandbox.control.connect(account.id).access_token;
const auth = { Authorization: `Bearer ${token}` };

/** The last charge id on a page and whether more follow, read from the page's tail. */
function tail(chunks: Buffer[]): { cursor: string; hasMore: boolean } {
  const last: Buffer[] = [];
  for (let i = chunks.length - 1, size = 0; i >= 0 && size < 4096; i -= 1) {
    const chunk = chunks[i] as Buffer;
    last.unshift(chunk);
    size += chunk.length;
  }
  const joined = last.length === 1 ? (last[0] as Buffer) : Buffer.concat(last);
  const end = joined.toString('latin1', Math.max(0, joined.length - 4096));
  const at = end.lastIndexOf('{"id":"ch_');
  return { cursor: end.slice(at + 7, at + 34), hasMore: end.includes('"has_more":true') };
}

async function leanPass(
  maxPages: number,
): Promise<{ pages: number; seconds: number; cpu: number }> {
  const client = await LeanClient.open(sandbox.port);
  const cpuBefore = process.cpuUsage();
  const begun = performance.now();
  let cursor = '';
  let pages = 0;
  for (let more = true; more && pages < maxPages; pages += 1) {
    const after = cursor === '' ? '' : `&starting_after=${cursor}`;
    ({ cursor, hasMore: more } = tail(await client.get(`/v1/charges?limit=100${after}`, auth)));
  }
  const cpu = process.cpuUsage(cpuBefore);
  client.close();
  return { pages, seconds: (performance.now() - begun) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

const rate = (pages: number, seconds: number): string =>
  Math.round(pages / seconds).toLocaleString('en');
await leanPass(WARMUP_PAGES);
const all = await leanPass(Infinity);
console.log(
  `all charges, limit 100: ${all.pages.toLocaleString('en')} pages in ${all.seconds.toFixed(2)} s = ` +
    `${rate(all.pages, all.seconds)} pages/s (target ≥ 2,000), ` +
    `${rate(all.pages, all.cpu)} pages per CPU second (client included)`,
);

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function getJson(path: string): Promise<{ data: { id: string }[]; has_more: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: sandbox.port, path, agent, headers: auth },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as never));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
started = performance.now();
let cursor = '';
for (let page = 0; page < PARSED_PAGES; page += 1) {
  const list = await getJson(
    `/v1/charges?limit=100${cursor === '' ? '' : `&starting_after=${cursor}`}`,
  );
  cursor = list.data.at(-1)?.id ?? '';
}
console.log(
  `node:http + JSON.parse of every page: ${rate(PARSED_PAGES, (performance.now() - started) / 1000)} pages/s`,
);
agent.destroy();

const stripe = new Stripe(token, {
  host: '127.0.0.1',
  port: sandbox.port,
  protocol: 'http',
  telemetry: false,
});
started = performance.now();
let seen = 0;
await stripe.charges.list({ limit: 100 }).autoPagingEach(() => {
  seen += 1;
  return seen < SDK_PAGES * 100;
});
console.log(
  `stripe SDK auto-pagination: ${rate(seen / 100, (performance.now() - started) / 1000)} pages/s`,
);

await sandbox.close();
if (all.pages !== Math.ceil(CHARGES / 100)) {
  console.error(`expected ${Math.ceil(CHARGES / 100)} pages, got ${all.pages}`);
  process.exitCode = 1;
}
