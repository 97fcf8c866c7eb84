import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';
import { wsClient, wsOperation } from './support/ws.js';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: {
    data?: unknown;
    errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
    error?: { code?: string };
  };
}

const LIMIT = 3;
const WINDOW_SECONDS = 2;

describe('per-identity rate limit', () => {
  let h: Harness;

  const post = async (token: string | null): Promise<Answer> => {
    const response = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query: '{ stripeConnection { status } }' }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as Answer['body'],
    };
  };

  beforeAll(async () => {
    h = await startHarness({
      env: {
        API_RATE_LIMIT: String(LIMIT),
        API_RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
      },
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers RATE_LIMITED with a retry-after past the limit, and lets the next window through', async () => {
    const alice = await h.token('rate-alice');
    for (let n = 0; n < LIMIT; n += 1) expect((await post(alice)).status).toBe(200);

    const refused = await post(alice);
    expect(refused.status).toBe(429);
    const error = refused.body.errors?.[0]?.extensions;
    expect(error?.code).toBe('RATE_LIMITED');
    expect(error?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(error?.retryAfterSeconds).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(refused.retryAfter).toBe(String(error?.retryAfterSeconds));

    // Another user has a budget of their own.
    expect((await post(await h.token('rate-bob'))).status).toBe(200);

    await sleep((error?.retryAfterSeconds ?? WINDOW_SECONDS) * 1000);
    const next = await post(alice);
    expect(next.status).toBe(200);
    expect(next.body.errors).toBeUndefined();
  });

  it('counts anonymous calls by client address, and REST calls with the same budget', async () => {
    const anonymous = [];
    for (let n = 0; n <= LIMIT; n += 1) anonymous.push((await post(null)).status);
    expect(anonymous.slice(0, LIMIT).every((status) => status !== 429)).toBe(true);
    expect(anonymous[LIMIT]).toBe(429);

    const carol = await h.token('rate-carol');
    const statuses = [];
    for (let n = 0; n <= LIMIT; n += 1) {
      const response = await fetch(`${h.url}/api/integrations/stripe/status`, {
        headers: { authorization: `Bearer ${carol}` },
      });
      statuses.push({
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        code: ((await response.json()) as Answer['body']).error?.code,
      });
    }
    expect(statuses.slice(0, LIMIT).map((s) => s.status)).toEqual(Array(LIMIT).fill(200));
    expect(statuses[LIMIT]).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(statuses[LIMIT]?.retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('holds over the WebSocket too: one budget per identity across transports, the socket stays open', async () => {
    const dave = await h.token('rate-dave');
    const query = '{ stripeConnection { status } }';
    const client = wsClient(h, dave);
    try {
      expect((await post(dave)).status).toBe(200);
      for (let n = 1; n < LIMIT; n += 1) {
        const answer = await wsOperation(client, query);
        expect(answer.errors).toEqual([]);
        expect(answer.data).toEqual({ stripeConnection: expect.anything() as unknown });
      }
      const refused = await wsOperation(client, query);
      expect(refused.closeCode).toBeUndefined();
      const error = refused.errors?.[0]?.extensions;
      expect(error?.code).toBe('RATE_LIMITED');
      expect(error?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(error?.retryAfterSeconds).toBeLessThanOrEqual(WINDOW_SECONDS);
      // HTTP is counted against the same budget.
      expect((await post(dave)).status).toBe(429);

      await sleep((error?.retryAfterSeconds ?? WINDOW_SECONDS) * 1000);
      const next = await wsOperation(client, query);
      expect(next.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });
});
