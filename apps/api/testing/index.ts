/**
 * `@cora/api/testing`: what tests of this and other workspaces need to run the API. Only
 * tests import it; no production entry point does.
 */
import { randomBytes } from 'node:crypto';
import type { Sandbox } from '@cora/stripe-sandbox';

/** What the API must know of a Stripe sandbox to use it as Stripe. */
export type SandboxEndpoints = Pick<Sandbox, 'url' | 'platform'>;

export interface TestApiEnvInput {
  sandbox: SandboxEndpoints;
  databaseUrl: string;
  frontendUrl: string;
  /** 0 for an ephemeral port. */
  port: number;
}

/** An API environment and the JWT secret in it, to sign the tokens it accepts. */
export interface TestApiEnv {
  env: Record<string, string>;
  jwtSecret: string;
}

/**
 * The environment of an API under test: NODE_ENV=test, Stripe at the sandbox, the given
 * database, secrets made up for this run, and admission that never sheds (a busy machine must
 * not refuse a test's calls). Callers add the settings their case needs.
 */
export function testApiEnv(input: TestApiEnvInput): TestApiEnv {
  const jwtSecret = randomBytes(32).toString('base64url');
  const env = {
    NODE_ENV: 'test',
    PORT: String(input.port),
    DATABASE_URL: input.databaseUrl,
    AUTH_JWT_SECRET: jwtSecret,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    STRIPE_CLIENT_ID: input.sandbox.platform.clientId,
    STRIPE_CLIENT_SECRET: input.sandbox.platform.secretKey,
    STRIPE_API_BASE: input.sandbox.url,
    STRIPE_CONNECT_BASE: input.sandbox.url,
    FRONTEND_URL: input.frontendUrl,
    // Admission has tests of its own; elsewhere a busy machine must not shed a test's calls.
    API_RATE_LIMIT: '100000',
    API_MAX_QUEUE: '1000',
    API_MAX_QUEUE_WAIT_MS: '60000',
    API_MAX_EVENT_LOOP_DELAY_MS: '60000',
  };
  return { env, jwtSecret };
}
