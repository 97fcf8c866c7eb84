import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signDevToken } from '../src/auth/dev-token.js';
import { MAX_OPERATIONS_PER_SOCKET } from '../src/graphql/limits.js';
import { TOKEN_EXPIRED_CLOSE_CODE } from '../src/graphql/socket.js';
import { startHarness, type Harness } from './support/harness.js';
import { wsClient, wsOperation as overWs, type WsAnswer } from './support/ws.js';

/** What a transport answered: a GraphQL result, or the socket's close code. */
type Answer = WsAnswer & { status?: number };

type Transport = 'http' | 'ws';

async function overHttp(h: Harness, query: string, token: string | null): Promise<Answer> {
  const result = await h.gql(query, {}, token);
  return { status: result.status, data: result.data, errors: result.errors ?? [] };
}

async function ask(h: Harness, transport: Transport, query: string, token: string) {
  if (transport === 'http') return overHttp(h, query, token);
  const client = wsClient(h, token);
  try {
    return await overWs(client, query);
  } finally {
    await client.dispose();
  }
}

const aliases = (count: number, field: string) =>
  `query { ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const DEEP = `query { __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`;
const TRANSACTIONS_ATTACK = aliases(
  1_000,
  'stripeTransactions(first: 100) { edges { node { id amount } } }',
);
const STATS_ATTACK = aliases(2_000, 'stripeSyncStats { transactionCount }');
const MISSPELT = `query { stripeTransaction { totalCount } }`;

describe.each<Transport>(['http', 'ws'])('the same protections over %s', (transport) => {
  let h: Harness;
  let prod: Harness;
  let token: string;
  let prodToken: string;

  beforeAll(async () => {
    h = await startHarness({ env: { GRAPHQL_WS_INIT_TIMEOUT_MS: '300' } });
    prod = await startHarness({
      env: { NODE_ENV: 'production' },
      sandbox: { platform: { secretKey: 'sk_test_platformRealisticKey0000000001' } },
    });
    token = await h.token('protected-user');
    prodToken = await prod.token('protected-user');
  });
  afterAll(async () => {
    await h.close();
    await prod.close();
  });

  const refusals: [string, () => [Harness, string, string], RegExp][] = [
    ['depth', () => [h, DEEP, token], /depth \d+ exceeds the maximum of 8/],
    ['cost: 1,000 aliases of a 100-row page', () => [h, TRANSACTIONS_ATTACK, token], /too costly/],
    ['cost: 2,000 aliases of the statistics', () => [h, STATS_ATTACK, token], /too costly/],
    [
      'introspection in production',
      () => [prod, `query { __schema { queryType { name } } }`, prodToken],
      /introspection/i,
    ],
  ];
  it.each(refusals)('refuses before execution: %s', async (_name, setup, message) => {
    const [target, query, auth] = setup();
    const answer = await ask(target, transport, query, auth);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(message);
  });

  it('names no other fields in production ("Did you mean …")', async () => {
    const dev = await ask(h, transport, MISSPELT, token);
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean/);
    const answer = await ask(prod, transport, MISSPELT, prodToken);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toBe(
      'Cannot query field "stripeTransaction" on type "Query".',
    );
  });

  it('masks an internal error with the request id and no SQL', async () => {
    const connection = h.app.services.orm.em.getConnection();
    await connection.execute('ALTER TABLE category_rule RENAME TO category_rule_away');
    try {
      const answer = await ask(h, transport, `query { categoryRules { id } }`, token);
      const error = answer.errors?.[0];
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.message).toMatch(/^Internal server error \(request [\w-]+\)$/);
      expect(JSON.stringify(answer)).not.toMatch(/select|category_rule|sqlite|relation/i);
    } finally {
      await connection.execute('ALTER TABLE category_rule_away RENAME TO category_rule');
    }
  });

  it('refuses a token once it expires, and ends the socket’s subscriptions', async () => {
    const secret = (h.config.auth as { secret: Uint8Array }).secret;
    const shortLived = await signDevToken(secret, 'protected-user', 'user', '2s');
    const query = `query { stripeConnection { status } }`;
    if (transport === 'http') {
      expect((await overHttp(h, query, shortLived)).errors).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const answer = await overHttp(h, query, shortLived);
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      return;
    }
    const client = wsClient(h, shortLived);
    try {
      expect((await overWs(client, query)).errors).toEqual([]);
      const ended = overWs(client, `subscription { stripeTransactionChanged { id } }`);
      expect(await ended).toEqual({ closeCode: TOKEN_EXPIRED_CLOSE_CODE });
    } finally {
      await client.dispose();
    }
    // A new socket with the expired token is refused at connection_init.
    expect(await ask(h, 'ws', query, shortLived)).toEqual({ closeCode: 4403 });
  });

  it.runIf(transport === 'http')('refuses a request body over 100 kB (413)', async () => {
    const response = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query { stripeConnection { status } } #${'x'.repeat(110_000)}`,
      }),
    });
    expect(response.status).toBe(413);
  });

  it.runIf(transport === 'ws')(
    'closes a socket that sends a message over 100 kB (1009)',
    async () => {
      const query = `query { stripeConnection { status } } #${'x'.repeat(110_000)}`;
      expect(await ask(h, 'ws', query, token)).toEqual({ closeCode: 1009 });
    },
  );

  it.runIf(transport === 'ws')(
    `refuses the subscription after ${MAX_OPERATIONS_PER_SOCKET} on one socket`,
    async () => {
      const client = wsClient(h, token);
      const errors: unknown[][] = [];
      const refused = new Promise<unknown[]>((resolve) => {
        for (let i = 0; i <= MAX_OPERATIONS_PER_SOCKET; i++) {
          client.subscribe(
            { query: `subscription { stripeTransactionChanged { id } }` },
            {
              next: () => {},
              error: (error: unknown) => {
                errors.push(error as unknown[]);
                resolve(error as unknown[]);
              },
              complete: () => {},
            },
          );
        }
      });
      try {
        const [error] = await refused;
        expect(error).toMatchObject({
          message: `Too many operations on this connection (at most ${MAX_OPERATIONS_PER_SOCKET})`,
          extensions: { code: 'BAD_USER_INPUT' },
        });
        expect(errors).toHaveLength(1);
        // While it holds them, a query on the same socket is refused too.
        const query = await overWs(client, `query { stripeConnection { status } }`);
        expect(query.errors?.[0]?.message).toMatch(/Too many operations/);
      } finally {
        await client.dispose();
      }
    },
  );

  it.runIf(transport === 'ws')(
    'closes a socket that never sends connection_init (4408)',
    async () => {
      const socket = new WebSocket(
        `${h.url.replace('http', 'ws')}/graphql`,
        'graphql-transport-ws',
      );
      const code = await new Promise<number>((resolve) => socket.on('close', resolve));
      expect(code).toBe(4408);
    },
  );
});
