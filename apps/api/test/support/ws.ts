import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Harness } from './harness.js';

/** A real graphql-ws client on the API's WebSocket, authenticated like CORA's frontend. */
export function wsClient(h: Harness, token: string | null): Client {
  return createClient({
    url: `${h.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token === null ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
}

/** Collects a subscription's events until `until` says stop, or the server ends it. */
export function collect<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  until: (event: T) => boolean,
): { events: T[]; done: Promise<T[]>; ready: Promise<void> } {
  const events: T[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const done = new Promise<T[]>((resolve, reject) => {
    const unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (message) => {
          if (message.errors) {
            reject(new Error(JSON.stringify(message.errors)));
            return;
          }
          const event = message.data as T;
          events.push(event);
          if (until(event)) {
            unsubscribe();
            resolve(events);
          }
        },
        error: (error: unknown) =>
          reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => resolve(events),
      },
    );
    // graphql-ws has no "subscribed" callback; the connection is acknowledged before events flow.
    client.on('connected', () => markReady());
  });
  return { events, done, ready };
}

/** What one socket operation answered: its result, or the socket's close code. */
export interface WsAnswer {
  data?: unknown;
  errors?: {
    message: string;
    extensions?: { code?: string; retryAfterSeconds?: number };
  }[];
  closeCode?: number;
}

/** One query or mutation on a graphql-ws client: its result, its refusal, or the close code. */
export function wsOperation(client: Client, query: string): Promise<WsAnswer> {
  return new Promise((resolve) => {
    const answer: WsAnswer = { errors: [] };
    client.subscribe(
      { query },
      {
        next: (result) => {
          answer.data = result.data;
          answer.errors = [...(answer.errors ?? []), ...((result.errors ?? []) as never[])];
        },
        error: (error: unknown) => {
          if (Array.isArray(error)) resolve({ errors: error as NonNullable<WsAnswer['errors']> });
          else resolve({ closeCode: (error as { code?: number }).code ?? -1 });
        },
        complete: () => resolve(answer),
      },
    );
  });
}
