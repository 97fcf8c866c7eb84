import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startDemo, type DemoProcess } from './support/demo-process.js';

/** Holds `port` the way another program would. */
function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}

async function gql<T>(base: string, token: string, query: string, variables = {}): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function control<T>(sandbox: string, path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(`${sandbox}/_sandbox${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

interface Run {
  id: string;
  status: string;
  errorCode: string | null;
  fetchedCount: number;
}

/** The user's newest run once it has ended. */
async function finishedRun(base: string, token: string): Promise<Run> {
  for (;;) {
    const { stripeSyncHistory } = await gql<{ stripeSyncHistory: { edges: { node: Run }[] } }>(
      base,
      token,
      'query { stripeSyncHistory(first: 1) { edges { node { id status errorCode fetchedCount } } } }',
    );
    const run = stripeSyncHistory.edges[0]?.node;
    if (run && run.status !== 'RUNNING') return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const STATUS =
  'query { stripeConnection { status lastErrorCode } stripeTransactions { totalCount } }';

describe('npm start (the demo process)', () => {
  let dataDir: string;
  const running: DemoProcess[] = [];
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cora-demo-'));
  });
  afterAll(async () => {
    await Promise.all(running.map((demo) => demo.stop()));
    await rm(dataDir, { recursive: true, force: true });
  });
  const start = (env: Record<string, string>): DemoProcess => {
    const demo = startDemo({ DATA_DIR: dataDir, ...env });
    running.push(demo);
    return demo;
  };

  it.each([
    ['PORT', 'the API'],
    ['SANDBOX_PORT', 'the Stripe sandbox'],
  ])('exits at once when %s is taken, naming the port and the variable', async (taken, what) => {
    const ports = { PORT: await freePort(), SANDBOX_PORT: await freePort() };
    const port = taken === 'PORT' ? ports.PORT : ports.SANDBOX_PORT;
    const holder = await occupy(port);
    try {
      const demo = start({ PORT: String(ports.PORT), SANDBOX_PORT: String(ports.SANDBOX_PORT) });
      expect(await demo.exited).toBe(1);
      const output = demo.output();
      expect(output).toContain(`Port ${port} (${what}) is already in use`);
      expect(output).toContain(`set ${taken} to another port`);
      expect(output).not.toMatch(/WebSocket| {4}at /);
      // The other port was let go: nothing is left holding it.
      const other = await occupy(taken === 'PORT' ? ports.SANDBOX_PORT : ports.PORT);
      other.close();
    } finally {
      holder.close();
    }
  });

  it('keeps the demo connection working across a restart on the same data', async () => {
    const env = { PORT: String(await freePort()), SANDBOX_PORT: String(await freePort()) };
    const sandbox = `http://127.0.0.1:${env.SANDBOX_PORT}`;
    const first = start(env);
    const { base, userToken } = await first.ready();
    const { stripeAuthorizeUrl } = await gql<{ stripeAuthorizeUrl: string }>(
      base,
      userToken,
      'query { stripeAuthorizeUrl }',
    );
    const state = new URL(stripeAuthorizeUrl).searchParams.get('state') ?? '';
    const account = await control<{ id: string }>(sandbox, '/accounts', { charges: 40 });
    const { code } = await control<{ code: string }>(
      sandbox,
      `/accounts/${account.id}/authorization_codes`,
    );
    await gql(
      base,
      userToken,
      'mutation ($code: String!, $state: String!) { completeStripeConnection(code: $code, state: $state) { status } }',
      { code, state },
    );
    expect(await finishedRun(base, userToken)).toMatchObject({ status: 'SUCCEEDED' });
    const before = await gql<{ stripeTransactions: { totalCount: number } }>(
      base,
      userToken,
      STATUS,
    );
    expect(before.stripeTransactions.totalCount).toBeGreaterThan(0);
    expect(await first.stop()).toBe(0);

    const second = start(env);
    const again = await second.ready();
    const started = await gql<{ syncStripeTransactions: { id: string } }>(
      again.base,
      again.userToken,
      'mutation { syncStripeTransactions(full: true) { id } }',
    );
    const run = await finishedRun(again.base, again.userToken);
    expect(run).toMatchObject({
      id: started.syncStripeTransactions.id,
      status: 'SUCCEEDED',
      errorCode: null,
      fetchedCount: 40,
    });
    expect(await gql(again.base, again.userToken, STATUS)).toEqual({
      stripeConnection: { status: 'CONNECTED', lastErrorCode: null },
      stripeTransactions: before.stripeTransactions,
    });
    expect(second.output()).not.toMatch(/STRIPE_AUTH|token refresh/i);
  });
});
