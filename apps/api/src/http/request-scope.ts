import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

interface RequestScope {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` with a request id visible to logs and error masking below it. */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The current request's id, or a fresh one outside any request (background work). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** A request id from a trusted-looking header, or a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && /^[\w-]{8,64}$/.test(value) ? value : randomUUID();
}
