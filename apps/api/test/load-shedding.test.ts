import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount } from './support/books.js';
import { startHarness, type Harness } from './support/harness.js';
import { wsClient, wsOperation } from './support/ws.js';

const QUERY = `{ stripeTransactions(first: 50) { totalCount edges { node { id } } } }`;
// Each call waits on Stripe (the sandbox answers slowly below), so it holds its slot a while.
const SLOW = `mutation { testStripeConnection { outcome } }`;

describe('load shedding', () => {
  let h: Harness;
  let token: string;

  beforeAll(async () => {
    h = await startHarness({
      env: {
        API_MAX_CONCURRENCY: '1',
        API_MAX_QUEUE: '1',
        // Long enough that only a full queue sheds here, however busy the machine.
        API_MAX_QUEUE_WAIT_MS: '60000',
        API_MAX_EVENT_LOOP_DELAY_MS: '60000',
        API_RATE_LIMIT: '100000',
      },
    });
    const account = h.sandbox.control.createAccount({ charges: 30 }).id;
    token = await connectAccount(h, 'shed-user', account);
    h.sandbox.control.setFaults({ latencyMs: 400 }, account);
  });
  afterAll(async () => {
    await h.close();
  });

  it('a saturated server answers 503 SERVICE_UNAVAILABLE at once, while /healthz answers', async () => {
    const before = await (await fetch(`${h.url}/metrics`)).text();
    const operations = Array.from({ length: 30 }, () =>
      fetch(`${h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: SLOW }),
      }).then(async (response) => ({
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        body: (await response.json()) as {
          data?: unknown;
          errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
        },
      })),
    );
    const health = Array.from({ length: 5 }, () =>
      fetch(`${h.url}/healthz`).then((response) => response.status),
    );
    const [answers, healthStatuses] = await Promise.all([
      Promise.all(operations),
      Promise.all(health),
    ]);

    expect(healthStatuses).toEqual([200, 200, 200, 200, 200]);
    const served = answers.filter((a) => a.status === 200);
    const shed = answers.filter((a) => a.status === 503);
    expect(served.length + shed.length).toBe(answers.length);
    expect(served.length).toBeGreaterThanOrEqual(2);
    expect(shed.length).toBeGreaterThan(0);
    for (const answer of shed) {
      expect(answer.retryAfter).toBe('1');
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: 1,
      });
    }
    const after = await (await fetch(`${h.url}/metrics`)).text();
    const shedCount = (text: string): number =>
      Number(/cora_shed_total\{transport="http",reason="queue_full"\} (\d+)/.exec(text)?.[1] ?? 0);
    expect(shedCount(after) - shedCount(before)).toBe(shed.length);
  });

  it('sheds socket operations with a retryable error at once, keeping the sockets open', async () => {
    const clients = Array.from({ length: 6 }, () => wsClient(h, token));
    try {
      const answers = await Promise.all(
        clients.flatMap((client) => [wsOperation(client, SLOW), wsOperation(client, SLOW)]),
      );
      const served = answers.filter((a) => a.errors?.length === 0);
      const shed = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE');
      expect(answers.every((a) => a.closeCode === undefined)).toBe(true);
      expect(served.length + shed.length).toBe(answers.length);
      expect(served.length).toBeGreaterThanOrEqual(2);
      expect(shed.length).toBeGreaterThan(0);
      for (const answer of shed) expect(answer.errors?.[0]?.extensions?.retryAfterSeconds).toBe(1);
      // The sockets carry on once the burst is over.
      const [first] = clients;
      if (first === undefined) throw new Error('no client');
      expect((await wsOperation(first, QUERY)).errors).toEqual([]);
    } finally {
      for (const client of clients) await client.dispose();
    }
  });

  it('gives back the slot of a request whose client left while it waited in the queue', async () => {
    const post = (signal?: AbortSignal) =>
      fetch(`${h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: SLOW }),
        ...(signal === undefined ? {} : { signal }),
      });
    const holder = post();
    await expect.poll(() => h.app.services.admission.executions.load.active).toBe(1);
    const leaving = new AbortController();
    const waiter = post(leaving.signal).catch((error: unknown) => error);
    await expect.poll(() => h.app.services.admission.executions.load.queued).toBe(1);
    leaving.abort();
    expect(await waiter).toBeInstanceOf(Error);
    expect((await holder).status).toBe(200);
    await expect
      .poll(() => h.app.services.admission.executions.load)
      .toEqual({ active: 0, queued: 0 });
  });

  it('gives back the slots of a socket that closed while its operations waited or ran', async () => {
    const holder = wsClient(h, token);
    const leaving = wsClient(h, token);
    try {
      const held = wsOperation(holder, SLOW);
      await expect.poll(() => h.app.services.admission.executions.load.active).toBe(1);
      void wsOperation(leaving, SLOW).catch(() => undefined);
      await expect.poll(() => h.app.services.admission.executions.load.queued).toBe(1);
      await leaving.dispose();
      expect((await held).errors).toEqual([]);
      await expect
        .poll(() => h.app.services.admission.executions.load)
        .toEqual({ active: 0, queued: 0 });
    } finally {
      await holder.dispose();
    }
  });

  it('gives every slot back: once the burst is over, operations run again', async () => {
    const answers = [];
    for (let n = 0; n < 5; n += 1) answers.push(await h.gql(QUERY, {}, token));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(h.app.services.admission.executions.load).toEqual({ active: 0, queued: 0 });
  });
});
