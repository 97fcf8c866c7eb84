import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWsClient, type FormattedExecutionResult } from 'graphql-ws';
import {
  Client,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type ExecutionResult,
} from 'urql';
import { cacheOptions } from './cache.js';
import { isUnauthenticated } from './errors.js';

/** A urql client bound to one token, and how to close its WebSocket. */
export interface ApiClient {
  client: Client;
  dispose: () => void;
}

// The API closes with 4401 when the token expires and 4403 when it refuses the token.
const REFUSED_CLOSE_CODES = new Set([4401, 4403]);

// graphql-ws marks absent fields as `undefined`; urql wants them left out.
function toUrqlResult(
  result: FormattedExecutionResult<Record<string, unknown>, unknown>,
): ExecutionResult {
  const converted: ExecutionResult = {};
  if (result.data !== undefined) converted.data = result.data;
  if (result.errors !== undefined) converted.errors = result.errors;
  if (result.extensions !== undefined)
    converted.extensions = result.extensions as Record<string, unknown>;
  return converted;
}

/**
 * One client per token: HTTP POST to `/graphql` (Apollo refuses GET without a preflight
 * header) and graphql-ws on the same path, both carrying the same bearer token.
 */
export function createApiClient(options: {
  token: string;
  onUnauthenticated: () => void;
  origin?: string;
}): ApiClient {
  const authorization = `Bearer ${options.token}`;
  const httpUrl = new URL('/graphql', options.origin ?? window.location.origin).toString();
  const ws = createWsClient({
    url: httpUrl.replace(/^http/, 'ws'),
    connectionParams: { authorization },
    lazy: true,
    retryAttempts: 5,
    on: {
      closed: (event) => {
        const code = (event as { code?: unknown } | undefined)?.code;
        if (typeof code === 'number' && REFUSED_CLOSE_CODES.has(code)) options.onUnauthenticated();
      },
    },
  });

  const client = new Client({
    url: httpUrl,
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization } }),
    exchanges: [
      mapExchange({
        onError: (error) => {
          if (isUnauthenticated(error)) options.onUnauthenticated();
        },
      }),
      cacheExchange(cacheOptions),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe(
              { ...request, query: request.query ?? '' },
              {
                next: (result) => sink.next(toUrqlResult(result)),
                error: (error) => sink.error(error),
                complete: () => sink.complete(),
              },
            ),
          }),
        }),
      }),
    ],
  });

  return { client, dispose: () => void ws.dispose() };
}
