import { DEFAULT_LEARNED_THRESHOLD } from '@cora/core';
import { z } from 'zod';

const emptyToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());

/** The raw environment the API reads, validated once at start-up. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.preprocess(emptyToUndefined, z.string().default('sqlite:./data/cora.sqlite')),
  REDIS_URL: optionalUrl,
  FRONTEND_URL: z.preprocess(emptyToUndefined, z.url().default('http://localhost:8000')),
  STRIPE_OAUTH_FLAVOR: z.enum(['connect', 'apps']).default('connect'),
  STRIPE_CLIENT_ID: optionalString,
  STRIPE_CLIENT_SECRET: optionalString,
  STRIPE_REDIRECT_URI: optionalUrl,
  STRIPE_API_BASE: z.preprocess(emptyToUndefined, z.url().default('https://api.stripe.com')),
  STRIPE_CONNECT_BASE: z.preprocess(
    emptyToUndefined,
    z.url().default('https://connect.stripe.com'),
  ),
  STRIPE_APPS_AUTHORIZE_URL: optionalUrl,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(20),
  AUTH_JWT_SECRET: optionalString,
  AUTH_JWKS_URL: optionalUrl,
  AUTH_JWT_ISSUER: optionalString,
  AUTH_JWT_AUDIENCE: optionalString,
  AUTH_JWT_MAX_LIFETIME_SECONDS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().positive().optional(),
  ),
  TOKEN_ENCRYPTION_KEY: optionalString,
  TOKEN_ENCRYPTION_PREVIOUS_KEYS: optionalString,
  SYNC_INTERVAL_HOURS: z.coerce.number().positive().default(24),
  LEARNING_THRESHOLD: z.coerce.number().min(0).max(1).default(DEFAULT_LEARNED_THRESHOLD),
  ADMIN_DIST_DIR: optionalString,
  GRAPHQL_WS_INIT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  ALERT_ERROR_RATE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.5),
  ALERT_ERROR_RATE_WINDOW_MINUTES: z.coerce.number().int().positive().default(60),
  ALERT_ERROR_RATE_MIN_RUNS: z.coerce.number().int().positive().default(3),
  ALERT_CONSECUTIVE_FAILURES: z.coerce.number().int().positive().default(3),
  ALERT_RATE_LIMIT_USAGE: z.coerce.number().min(0).max(1).default(0.8),
  ALERT_EVALUATE_SECONDS: z.coerce.number().int().positive().default(60),
  API_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  API_MAX_CONCURRENCY: z.coerce.number().int().positive().default(4),
  API_MAX_QUEUE: z.coerce.number().int().min(0).default(8),
  API_MAX_QUEUE_WAIT_MS: z.coerce.number().int().positive().default(20),
  API_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().positive().default(40),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).default(30),
  SYNC_CONCURRENCY: z.coerce.number().int().positive().default(2),
  SYNC_SLICE_SECONDS: z.coerce.number().positive().default(20),
  SYNC_PAGE_WRITER: z.enum(['thread', 'inline']).default('thread'),
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).default(45),
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).default(10),
  JOB_POLLING_SECONDS: z.coerce.number().min(0.5).default(2),
  SCHEDULER_TICK_SECONDS: z.coerce.number().positive().default(30),
});

export type RawEnv = z.infer<typeof envSchema>;

/** Thrown when the environment cannot run the API; the message lists every problem. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Parses `source` (the process environment unless given); the only reader of the environment. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): RawEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new EnvError(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}
