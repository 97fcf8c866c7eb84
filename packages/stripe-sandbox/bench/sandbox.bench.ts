/**
 * Seeds a 1M-charge account in a sandbox process (the CLI) and pages through
 * every charge with limit 100 over HTTP, printing pages per second (target:
 * ≥ 2,000). The client reads each page whole but takes its cursor from the
 * page's tail, so the figure is the sandbox's; a second pass parses every page
 * with JSON.parse and a third uses the stripe SDK, for comparison.
 *
 *   npm run bench -w @cora/stripe-sandbox
 *   BENCH_CHARGES=200000 npm run bench -w @cora/stripe-sandbox
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';

const CHARGES = Number(process.env.BENCH_CHARGES ?? 1_000_000);
const PARSED_PAGES = Number(process.env.BENCH_PARSED_PAGES ?? 2_000);
const SDK_PAGES = Number(process.env.BENCH_SDK_PAGES ?? 1_000);
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

const child = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
    '--import',
    'tsx',
    cli,
    '--port',
    '0',
    '--charges',
    String(CHARGES),
    '--seed',
    '1',
    '--rate-limit',
    'off',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
process.once('exit', () => child.kill('SIGTERM'));
let banner = '';
child.stdout.setEncoding('utf8');
while (!/account: +acct_\w+/.test(banner)) {
  const [chunk] = (await once(child.stdout, 'data')) as [string];
  banner += chunk;
}
const url = /listening on (\S+)/.exec(banner)?.[1] ?? '';
const accountId = /account: +(acct_\w+)/.exec(banner)?.[1] ?? '';
const port = Number(new URL(url).port);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function call(method: string, path: string, headers: Record<string, string> = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        res.statusCode === 200
          ? resolve(Buffer.concat(chunks))
          : reject(new Error(`${path}: HTTP ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

interface Stats {
  rssMiB: number;
  heapUsedMiB: number;
  cpuSeconds: number;
}
const stats = async (): Promise<Stats> =>
  JSON.parse((await call('GET', '/_sandbox/stats')).toString()) as Stats;
const before = await stats();
console.log(
  banner
    .trim()
    .split('\n')
    .find((line) => line.includes('account:'))
    ?.trim(),
);
console.log(`sandbox process: rss ${before.rssMiB} MiB, heap ${before.heapUsedMiB} MiB`);
const tokens = JSON.parse(
  (await call('POST', `/_sandbox/accounts/${accountId}/connect`)).toString(),
) as { access_token: string };
const auth = { Authorization: `Bearer ${tokens.access_token}` };

/** The id of the last charge on a page and whether more follow, read from the page's tail. */
function tail(page: Buffer): { cursor: string; hasMore: boolean } {
  const end = page.toString('latin1', Math.max(0, page.length - 4096));
  const at = end.lastIndexOf('{"id":"ch_');
  return { cursor: end.slice(at + 7, at + 34), hasMore: end.includes('"has_more":true') };
}

async function pageThrough(
  maxPages: number,
  parse: boolean,
): Promise<{ pages: number; charges: number; seconds: number }> {
  let cursor = '';
  let pages = 0;
  let charges = 0;
  const started = performance.now();
  for (let more = true; more && pages < maxPages; pages += 1) {
    const body = await call(
      'GET',
      `/v1/charges?limit=100${cursor === '' ? '' : `&starting_after=${cursor}`}`,
      auth,
    );
    if (parse) {
      const page = JSON.parse(body.toString('utf8')) as {
        data: { id: string }[];
        has_more: boolean;
      };
      charges += page.data.length;
      cursor = page.data.at(-1)?.id ?? '';
      more = page.has_more;
    } else {
      ({ cursor, hasMore: more } = tail(body));
      charges += 100;
    }
  }
  return { pages, charges, seconds: (performance.now() - started) / 1000 };
}

const rate = (pages: number, seconds: number): string =>
  Math.round(pages / seconds).toLocaleString('en');
const all = await pageThrough(Infinity, false);
const sandboxCpu = (await stats()).cpuSeconds - before.cpuSeconds;
console.log(
  `all charges, limit 100: ${all.pages.toLocaleString('en')} pages in ${all.seconds.toFixed(2)} s = ` +
    `${rate(all.pages, all.seconds)} pages/s (target ≥ 2,000); ` +
    `the sandbox used ${sandboxCpu.toFixed(2)} CPU s = ${rate(all.pages, sandboxCpu)} pages per CPU second`,
);
const parsed = await pageThrough(PARSED_PAGES, true);
console.log(
  `same with JSON.parse of every page: ${rate(parsed.pages, parsed.seconds)} pages/s (${parsed.pages} pages)`,
);

const stripe = new Stripe(tokens.access_token, {
  host: '127.0.0.1',
  port,
  protocol: 'http',
  telemetry: false,
});
const sdkStarted = performance.now();
let sdkCharges = 0;
await stripe.charges.list({ limit: 100 }).autoPagingEach(() => {
  sdkCharges += 1;
  return sdkCharges < SDK_PAGES * 100;
});
const sdkSeconds = (performance.now() - sdkStarted) / 1000;
console.log(
  `stripe SDK auto-pagination: ${rate(sdkCharges / 100, sdkSeconds)} pages/s (${sdkCharges / 100} pages)`,
);

agent.destroy();
child.kill('SIGTERM');
await once(child, 'exit');
const expectedPages = Math.ceil(CHARGES / 100);
if (all.pages !== expectedPages) {
  console.error(`expected ${expectedPages} pages, got ${all.pages}`);
  process.exitCode = 1;
}
