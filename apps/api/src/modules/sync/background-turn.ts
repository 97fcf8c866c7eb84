/** What the sync yields to: the requests this process is serving. */
export interface Foreground {
  /** Requests are executing or waiting, or the event loop is running late. */
  busy(): boolean;
}

/** A process with no requests to serve (a worker, a bench). */
export const NO_FOREGROUND: Foreground = { busy: () => false };

const POLL_MS = 4;
/** A sync's page waits at most this long for the requests, so it always moves on. */
const MAX_WAIT_MS = 100;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves when the process has no request to serve, or after {@link MAX_WAIT_MS}: a sync asks
 * before each Stripe request, so under load its reading and mapping give way to the requests
 * and a busy API slows the sync down instead of the sync slowing the API.
 */
export async function backgroundTurn(foreground: Foreground): Promise<void> {
  if (!foreground.busy()) return;
  const deadline = performance.now() + MAX_WAIT_MS;
  while (foreground.busy() && performance.now() < deadline) await sleep(POLL_MS);
}
