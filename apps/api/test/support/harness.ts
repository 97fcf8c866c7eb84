import 'reflect-metadata';
import { scratchPostgres, scratchSqlite, type ScratchDatabase } from '@cora/db/testing';
import { startSandbox, type Sandbox, type SandboxOptions } from '@cora/stripe-sandbox';
import { pino, type Logger } from 'pino';
import { createApp, type App } from '../../src/app/create-app.js';
import type { ServiceOptions } from '../../src/app/services.js';
import { signDevToken } from '../../src/auth/dev-token.js';
import type { Role } from '../../src/auth/identity.js';
import { buildConfig, type AppConfig } from '../../src/config/config.js';
import { parseEnv } from '../../src/config/env.js';
import { testApiEnv } from '../../testing/index.js';

export interface HarnessOptions {
  flavor?: 'connect' | 'apps';
  /** A PostgreSQL server URL; SQLite when absent. */
  postgres?: string | undefined;
  sandbox?: SandboxOptions;
  env?: Record<string, string>;
  services?: ServiceOptions;
  /** The app's logger; a silent one (or TEST_LOG_LEVEL) when absent. */
  logger?: Logger;
}

/** The real API on an ephemeral port, against a real sandbox over HTTP, on a scratch database. */
export interface Harness {
  app: App;
  sandbox: Sandbox;
  config: AppConfig;
  /** The environment the API was configured from (for child processes of the same setup). */
  env: Record<string, string>;
  db: ScratchDatabase;
  url: string;
  token(userId: string, role?: Role): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: string | null,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string; requestId?: string } }[] | undefined;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox({ rateLimits: false, autoApprove: true, ...options.sandbox });
  const db = options.postgres ? await scratchPostgres(options.postgres) : scratchSqlite();
  const base = testApiEnv({
    sandbox,
    databaseUrl: db.url,
    frontendUrl: 'http://frontend.test',
    port: 0,
  });
  const raw: Record<string, string> = {
    ...base.env,
    STRIPE_OAUTH_FLAVOR: options.flavor ?? 'connect',
    STRIPE_RATE_LIMIT_PER_SECOND: '1000',
    // Jobs are polled and retried fast in tests; the crash tests shorten the expiry too.
    JOB_POLLING_SECONDS: '0.5',
    JOB_MAINTENANCE_SECONDS: '1',
    WEBHOOK_RETRY_DELAY_SECONDS: '1',
    ...options.env,
  };
  const env = parseEnv(raw);
  const config = buildConfig(env);
  const logger = options.logger ?? pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
  const app = await createApp(config, logger, {
    retryPolicy: { maxAttempts: 6, baseDelayMs: 5, maxDelayMs: 50 },
    ...options.services,
  });
  const secret = new TextEncoder().encode(base.jwtSecret);
  const harness: Harness = {
    app,
    sandbox,
    config,
    env: raw,
    db,
    url: app.url,
    token: (userId, role = 'user') => signDevToken(secret, userId, role),
    async gql(query, variables = {}, auth = null) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(auth === null ? {} : { authorization: `Bearer ${auth}` }),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        data?: unknown;
        errors?: GqlResult<never>['errors'];
      };
      return { status: response.status, data: (body.data ?? null) as never, errors: body.errors };
    },
    async close() {
      await app.close();
      await sandbox.close();
      await db.drop();
    },
  };
  return harness;
}
