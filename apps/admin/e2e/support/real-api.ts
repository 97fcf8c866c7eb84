import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { testApiEnv } from '@cora/api/testing';
import type { Sandbox, SandboxOptions } from '@cora/stripe-sandbox';
import { SignJWT } from 'jose';
import { freePort, startApiProcess } from './api-process.js';
import { E2E_DIST } from './build-dir.js';

const apiMain = join(
  dirname(createRequire(import.meta.url).resolve('@cora/api/package.json')),
  'dist',
  'main.js',
);

/** The roles a CORA token carries. */
export type Role = 'user' | 'support';

/** The built API, serving the console, in front of an in-process Stripe sandbox. */
export interface RealStack {
  /** `http://127.0.0.1:<port>`: the console at `/`, GraphQL at `/graphql`. */
  readonly origin: string;
  readonly sandbox: Sandbox;
  /** A signed CORA token (HS256, one hour) the API accepts. */
  token(sub: string, role: Role): Promise<string>;
  /** The console's address for a path, signed in as `sub`. */
  open(path: string, sub: string, role: Role): Promise<string>;
  /** One GraphQL request over HTTP; throws on transport or GraphQL errors. */
  graphql<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** From now on the sandbox delivers its events to the API's webhook route, signed. */
  deliverWebhooks(): void;
  /** Posts one event to the API's webhook route, signed as Stripe signs; the HTTP status. */
  postWebhook(event: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

interface GraphqlReply<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * Starts the Stripe sandbox in this process and `node apps/api/dist/main.js` as a child,
 * on a fresh SQLite file, with secrets made up for this run. The API serves the app the
 * e2e global setup built. One stack per test file.
 */
export async function startRealStack(
  sandboxOptions: SandboxOptions = {},
  apiEnv: Record<string, string> = {},
): Promise<RealStack> {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: build @cora/api first`);
  if (!existsSync(join(E2E_DIST, 'index.html'))) {
    throw new Error(`${E2E_DIST} is missing: the e2e global setup builds it`);
  }
  // Loaded here, so that skipped browser tests need no built sandbox.
  const { startSandbox } = await import('@cora/stripe-sandbox');
  const sandbox = await startSandbox({
    rateLimits: false,
    authorizeCharges: 300,
    ...sandboxOptions,
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'cora-e2e-'));
  const webhookSecret = `whsec_${randomBytes(24).toString('base64url')}`;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const { env: base, jwtSecret } = testApiEnv({
    sandbox,
    databaseUrl: `sqlite:${join(dataDir, 'cora.sqlite')}`,
    frontendUrl: origin,
    port,
  });
  const signingKey = new TextEncoder().encode(jwtSecret);
  const env: Record<string, string> = {
    ...base,
    STRIPE_REDIRECT_URI: `${origin}/api/integrations/stripe/callback`,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    ADMIN_DIST_DIR: E2E_DIST,
    LOG_LEVEL: 'warn',
    ...apiEnv,
  };
  const api = await startApiProcess(apiMain, env, origin).catch(async (error: unknown) => {
    await sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });

  const token = (sub: string, role: Role) =>
    new SignJWT({ role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(signingKey);

  const graphql = async <T>(
    bearer: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query, variables }),
    });
    const reply = (await response.json()) as GraphqlReply<T>;
    if (reply.errors?.length || !reply.data) {
      const first = reply.errors?.[0];
      throw new Error(
        `GraphQL ${response.status}: ${first?.extensions?.code ?? ''} ${first?.message ?? 'no data'}`,
      );
    }
    return reply.data;
  };

  return {
    origin,
    sandbox,
    token,
    open: async (path, sub, role) =>
      `${origin}${path}${path.includes('?') ? '&' : '?'}token=${await token(sub, role)}`,
    graphql,
    deliverWebhooks: () => {
      sandbox.control.addWebhookEndpoint({
        url: `${origin}/api/integrations/stripe/webhook`,
        secret: webhookSecret,
      });
    },
    postWebhook: async (event) => {
      const payload = JSON.stringify(event);
      const timestamp = Math.floor(Date.now() / 1000);
      const v1 = createHmac('sha256', webhookSecret)
        .update(`${timestamp}.${payload}`)
        .digest('hex');
      const response = await fetch(`${origin}/api/integrations/stripe/webhook`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'stripe-signature': `t=${timestamp},v1=${v1}`,
        },
        body: payload,
      });
      return response.status;
    },
    close: async () => {
      await api.stop();
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
