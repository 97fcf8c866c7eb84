import type { Page, Route, WebSocketRoute } from 'playwright-core';
import type { Answer, Responders } from '../../test/support/fake-client.js';

interface GraphqlBody {
  operationName?: string;
  query?: string;
  variables?: Record<string, unknown>;
}

function nameOf(body: GraphqlBody): string {
  return (
    body.operationName ??
    /(?:query|mutation|subscription)\s+(\w+)/.exec(body.query ?? '')?.[1] ??
    ''
  );
}

function bodyOf(answer: Answer): object | null {
  if (answer === 'pending' || 'network' in answer || 'stream' in answer) return null;
  if ('events' in answer) return { data: answer.events[0] ?? null };
  if ('error' in answer) {
    return {
      data: null,
      errors: [{ message: answer.error, extensions: { code: answer.code ?? 'BAD_USER_INPUT' } }],
    };
  }
  return { data: answer.data };
}

/** A live handle on the mocked API: what was asked, and a way to push subscription events. */
export interface MockApi {
  operations: string[];
  push: (operationName: string, data: unknown) => void;
}

/**
 * Answers the app's GraphQL in the browser: HTTP POSTs through `page.route`, and the
 * graphql-transport-ws protocol through `page.routeWebSocket`, from the same responders
 * the component tests use.
 */
export async function mockApi(page: Page, responders: Responders): Promise<MockApi> {
  const operations: string[] = [];
  const subscribers = new Map<string, Array<{ ws: WebSocketRoute; id: string }>>();

  await page.route('**/graphql', async (route: Route) => {
    const body = (route.request().postDataJSON() ?? {}) as GraphqlBody;
    const name = nameOf(body);
    operations.push(name);
    const answer = responders[name]?.(body.variables ?? {}) ?? 'pending';
    if (answer !== 'pending' && 'network' in answer) return route.abort('connectionrefused');
    const json = bodyOf(answer);
    if (json)
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(json),
      });
  });

  await page.routeWebSocket('**/graphql', (ws) => {
    ws.onMessage((raw) => {
      const message = JSON.parse(String(raw)) as {
        type: string;
        id?: string;
        payload?: GraphqlBody;
      };
      if (message.type === 'connection_init') ws.send(JSON.stringify({ type: 'connection_ack' }));
      if (message.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
      if (message.type === 'subscribe' && message.id && message.payload) {
        const name = nameOf(message.payload);
        operations.push(name);
        const list = subscribers.get(name) ?? [];
        list.push({ ws, id: message.id });
        subscribers.set(name, list);
      }
    });
  });

  return {
    operations,
    push: (operationName, data) => {
      for (const { ws, id } of subscribers.get(operationName) ?? []) {
        ws.send(JSON.stringify({ type: 'next', id, payload: { data } }));
      }
    },
  };
}
