import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startSandbox, type Sandbox, type SandboxOptions } from '../src/index.js';

/** A sandbox for one test file; rate limits off unless the test turns them on. */
export function testSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ rateLimits: false, webhooks: { retryDelaysMs: [20, 40, 80] }, ...options });
}

/** The real SDK, pointed at the sandbox for both the API and Connect OAuth. */
export function stripeFor(sandbox: Sandbox, key: string, config: Stripe.StripeConfig = {}): Stripe {
  return new Stripe(key, {
    host: '127.0.0.1',
    port: sandbox.port,
    protocol: 'http',
    telemetry: false,
    maxNetworkRetries: 0,
    ...config,
  });
}

/** A connected account with `charges` generated charges and an SDK client on its access token. */
export function connectedAccount(
  sandbox: Sandbox,
  charges: number,
  seed = 7,
): { accountId: string; stripe: Stripe; accessToken: string } {
  const account = sandbox.control.createAccount({ charges, seed });
  const tokens = sandbox.control.connect(account.id);
  return {
    accountId: account.id,
    stripe: stripeFor(sandbox, tokens.access_token),
    accessToken: tokens.access_token,
  };
}

/** Calls the HTTP control API (`/_sandbox/…`) with a JSON body. */
export async function controlCall(
  sandbox: Sandbox,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${sandbox.url}/_sandbox${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** A new empty account, connected, with an SDK client on its access token. */
export function emptyAccount(
  sandbox: Sandbox,
  options: { currency?: string } = {},
): { accountId: string; stripe: Stripe } {
  const account = sandbox.control.createAccount(options);
  const stripe = stripeFor(sandbox, sandbox.control.connect(account.id).access_token);
  return { accountId: account.id, stripe };
}

/** A raw HTTP answer: status, headers and parsed JSON. */
export async function rawGet(
  sandbox: Sandbox,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(`${sandbox.url}${path}`, { headers, redirect: 'manual' });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? null : (JSON.parse(text) as unknown),
  };
}

/** One request a webhook receiver got. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local webhook endpoint that answers with the statuses given (then 200) and records what it got. */
export async function webhookReceiver(statuses: number[] = []): Promise<{
  url: string;
  received: Received[];
  close: () => Promise<void>;
}> {
  const received: Received[] = [];
  const plan = [...statuses];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(plan.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
