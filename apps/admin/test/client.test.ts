import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionQuery } from '../src/features/integration/connection/connection.documents.js';
import { createApiClient } from '../src/graphql/client.js';
import { connected } from './fixtures/integration.js';

function respondWith(status: number, body: unknown) {
  const requests: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(new Request(input, init));
      return Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  it('POSTs queries to /graphql with the bearer token (Apollo refuses a GET without a preflight header)', async () => {
    const requests = respondWith(200, {
      data: { __typename: 'Query', stripeConnection: connected },
    });
    const api = createApiClient({
      token: 't0k',
      onUnauthenticated: () => undefined,
      origin: 'http://api.test',
    });
    const result = await api.client.query(ConnectionQuery, {}).toPromise();
    api.dispose();

    expect(result.data?.stripeConnection.status).toBe('CONNECTED');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url).toBe('http://api.test/graphql');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer t0k');
  });

  it('signs out when the server refuses the token', async () => {
    respondWith(200, {
      data: null,
      errors: [{ message: 'Invalid or expired token', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const onUnauthenticated = vi.fn();
    const api = createApiClient({ token: 'old', onUnauthenticated, origin: 'http://api.test' });
    await api.client.query(ConnectionQuery, {}).toPromise();
    api.dispose();
    expect(onUnauthenticated).toHaveBeenCalled();
  });

  it('does not sign out on other errors', async () => {
    respondWith(200, {
      data: null,
      errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
    });
    const onUnauthenticated = vi.fn();
    const api = createApiClient({ token: 't', onUnauthenticated, origin: 'http://api.test' });
    await api.client.query(ConnectionQuery, {}).toPromise();
    api.dispose();
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
