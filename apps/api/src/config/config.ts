import type { PageWriterMode } from '@cora/db';
import type { RawEnv } from './env.js';
import { EnvError } from './env.js';
import { builtAdminDist } from './admin-dist.js';
import { parseEncryptionKey, type EncryptionKey } from '../security/token-cipher.js';
import { MIN_STRIPE_SECRET_BITS, weakKeyBytesReason, weakSecretReason } from './secret-strength.js';

/** Everything the API needs to run, resolved from the environment (or given by a test). */
export interface AppConfig {
  production: boolean;
  demo: boolean;
  port: number;
  logLevel: RawEnv['LOG_LEVEL'];
  databaseUrl: string;
  redisUrl: string | undefined;
  frontendUrl: string;
  stripe: StripeConfig;
  auth: AuthConfig;
  encryption: { current: EncryptionKey; previous: EncryptionKey[] };
  syncIntervalHours: number;
  /** Where the sync writes its pages: a worker thread with its own connection, or inline. */
  syncPageWriter: PageWriterMode;
  /** The confidence at which a learned guess becomes the category (`LEARNING_THRESHOLD`). */
  learningThreshold: number;
  /** The built console served at `/`: `ADMIN_DIST_DIR`, else this checkout's `apps/admin/dist`. */
  adminDistDir: string | undefined;
  /** How long a WebSocket may stay open without `connection_init`. */
  socketInitTimeoutMs: number;
  alerts: AlertThresholds;
  admission: AdmissionConfig;
  jobs: JobsConfig;
}

/** Sync slices, webhook attempts and the job queue's timings (from `JOB_*`, `SYNC_*`, `WEBHOOK_*`). */
export interface JobsConfig {
  /** Sync slices one instance works at once. */
  syncConcurrency: number;
  /** How long one slice of a full import works before it hands over to the next. */
  sliceSeconds: number;
  /** Attempts at a webhook event before it is parked. */
  webhookMaxAttempts: number;
  /** Delay before the second attempt; doubled for each later one. */
  webhookRetryDelaySeconds: number;
  /** A job active longer than this is taken to be dead and retried elsewhere. */
  expireSeconds: number;
  /** How often expired jobs are looked for (one instance does it for all). */
  maintenanceSeconds: number;
  /** How often an idle worker asks for a job. */
  pollingSeconds: number;
  /** How often the scheduler's pass runs on SQLite (a per-minute cron on PostgreSQL). */
  tickSeconds: number;
}

/** Who may run how many operations (from `API_RATE_LIMIT*` and `API_MAX_*`). */
export interface AdmissionConfig {
  /** Operations one identity (user id, or client address when anonymous) may start per window. */
  rateLimit: { limit: number; windowSeconds: number };
  /** Operations executing at once; more wait in a queue of `maxQueue`, then are shed. */
  maxConcurrency: number;
  maxQueue: number;
  /** A queued operation that has not started after this long is shed. */
  maxQueueWaitMs: number;
  /** While the event loop runs later than this, a new operation is shed unless none is running. */
  maxEventLoopDelayMs: number;
}

/** When the monitoring rules fire (from `ALERT_*`). */
export interface AlertThresholds {
  /** Failed share of finished runs over the window, 0..1. */
  errorRate: number;
  errorRateWindowMinutes: number;
  /** Fewer finished runs than this in the window never fire the error-rate alert. */
  errorRateMinRuns: number;
  consecutiveFailures: number;
  /** Share of the client-side Stripe rate limit used by one account, 0..1. */
  rateLimitUsage: number;
  evaluateSeconds: number;
}

export interface StripeConfig {
  flavor: 'connect' | 'apps';
  clientId: string;
  secretKey: string;
  redirectUri: string;
  apiBase: string;
  connectBase: string;
  /** The Apps install link; the sandbox serves one at `${connectBase}/oauth/v2/authorize`. */
  appsAuthorizeUrl: string;
  webhookSecret: string | undefined;
  rateLimitPerSecond: number;
}

/** How bearer tokens are verified: the key, and the claims every token must satisfy. */
export type AuthConfig = AuthKey & TokenPolicy;

export type AuthKey = { kind: 'secret'; secret: Uint8Array } | { kind: 'jwks'; url: string };

/** What a token must carry beyond a valid signature. */
export interface TokenPolicy {
  /** The longest `exp - iat` (and `exp - now`) accepted, in seconds. */
  maxLifetimeSeconds: number;
  /** When set, `iss` must equal it. */
  issuer?: string | undefined;
  /** When set, `aud` must contain it. */
  audience?: string | undefined;
}

/** The default longest token lifetime: a day. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
/** Demo mode's default: the week of the links `npm start` prints. */
export const DEMO_MAX_TOKEN_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

/** Secrets that demo mode generates when the environment has none. */
export interface DemoSecrets {
  authJwtSecret: string;
  tokenEncryptionKey: string;
}

const MIN_JWT_SECRET_LENGTH = 32;

/**
 * Builds the config. Outside demo mode every secret must come from the environment;
 * demo mode fills the missing ones from `demoSecrets`.
 */
export function buildConfig(env: RawEnv, options: { demoSecrets?: DemoSecrets } = {}): AppConfig {
  const production = env.NODE_ENV === 'production';
  const demo = options.demoSecrets !== undefined;
  if (production && demo) throw new EnvError('Demo mode is refused when NODE_ENV=production.');
  const problems: string[] = [];
  const need = (value: string | undefined, name: string): string => {
    if (value === undefined) problems.push(`${name} is required`);
    return value ?? '';
  };

  // Production refuses placeholders and guessable values of the secrets it is given.
  const strong = (
    value: string | undefined,
    name: string,
    rules: Parameters<typeof weakSecretReason>[1] = {},
  ): void => {
    if (!production || value === undefined) return;
    const reason = weakSecretReason(value, rules);
    if (reason !== null) problems.push(`${name} ${reason}`);
  };

  const jwtSecret = env.AUTH_JWT_SECRET ?? options.demoSecrets?.authJwtSecret;
  let key: AuthKey | undefined;
  if (env.AUTH_JWKS_URL !== undefined) key = { kind: 'jwks', url: env.AUTH_JWKS_URL };
  else if (jwtSecret !== undefined) {
    if (jwtSecret.length < MIN_JWT_SECRET_LENGTH)
      problems.push(`AUTH_JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
    else strong(jwtSecret, 'AUTH_JWT_SECRET');
    key = { kind: 'secret', secret: new TextEncoder().encode(jwtSecret) };
  } else problems.push('AUTH_JWT_SECRET or AUTH_JWKS_URL is required');
  const auth: AuthConfig | undefined = key && {
    ...key,
    maxLifetimeSeconds:
      env.AUTH_JWT_MAX_LIFETIME_SECONDS ??
      (demo ? DEMO_MAX_TOKEN_LIFETIME_SECONDS : DEFAULT_MAX_TOKEN_LIFETIME_SECONDS),
    issuer: env.AUTH_JWT_ISSUER,
    audience: env.AUTH_JWT_AUDIENCE,
  };

  const encryptionKey = need(
    env.TOKEN_ENCRYPTION_KEY ?? options.demoSecrets?.tokenEncryptionKey,
    'TOKEN_ENCRYPTION_KEY',
  );
  const clientId = need(env.STRIPE_CLIENT_ID, 'STRIPE_CLIENT_ID');
  const secretKey = need(env.STRIPE_CLIENT_SECRET, 'STRIPE_CLIENT_SECRET');
  if (production && secretKey.startsWith('sk_test_sandbox'))
    problems.push('STRIPE_CLIENT_SECRET is the sandbox key; production needs a real one');
  else
    strong(env.STRIPE_CLIENT_SECRET, 'STRIPE_CLIENT_SECRET', {
      prefix: /^[rs]k_(live|test)_/.exec(secretKey)?.[0] ?? '',
      minBits: MIN_STRIPE_SECRET_BITS,
    });
  if (production && (clientId.includes('...') || clientId === 'ca_'))
    problems.push('STRIPE_CLIENT_ID is the placeholder from .env.example');
  strong(env.STRIPE_WEBHOOK_SECRET, 'STRIPE_WEBHOOK_SECRET', {
    prefix: 'whsec_',
    minBits: MIN_STRIPE_SECRET_BITS,
  });

  let encryption: AppConfig['encryption'] | undefined;
  try {
    encryption = {
      current: parseEncryptionKey(encryptionKey),
      previous: (env.TOKEN_ENCRYPTION_PREVIOUS_KEYS ?? '')
        .split(',')
        .filter((key) => key.trim() !== '')
        .map((key) => parseEncryptionKey(key.trim())),
    };
  } catch (error) {
    if (encryptionKey !== '') problems.push((error as Error).message);
  }
  if (production && encryption !== undefined) {
    const reason = weakKeyBytesReason(encryption.current.key);
    if (reason !== null) problems.push(`TOKEN_ENCRYPTION_KEY ${reason}`);
  }
  if (env.SYNC_SLICE_SECONDS * 2 > env.JOB_EXPIRE_SECONDS) {
    problems.push('JOB_EXPIRE_SECONDS must be at least twice SYNC_SLICE_SECONDS');
  }
  if (problems.length > 0 || auth === undefined || encryption === undefined) {
    throw new EnvError(`Cannot start:\n  ${problems.join('\n  ')}`);
  }

  const frontendUrl = env.FRONTEND_URL.replace(/\/$/, '');
  const connectBase = env.STRIPE_CONNECT_BASE.replace(/\/$/, '');
  return {
    production,
    demo,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    frontendUrl,
    stripe: {
      flavor: env.STRIPE_OAUTH_FLAVOR,
      clientId,
      secretKey,
      redirectUri:
        env.STRIPE_REDIRECT_URI ?? `http://localhost:${env.PORT}/api/integrations/stripe/callback`,
      apiBase: env.STRIPE_API_BASE.replace(/\/$/, ''),
      connectBase,
      appsAuthorizeUrl: env.STRIPE_APPS_AUTHORIZE_URL ?? `${connectBase}/oauth/v2/authorize`,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      rateLimitPerSecond: env.STRIPE_RATE_LIMIT_PER_SECOND,
    },
    auth,
    encryption,
    syncIntervalHours: env.SYNC_INTERVAL_HOURS,
    syncPageWriter: env.SYNC_PAGE_WRITER,
    learningThreshold: env.LEARNING_THRESHOLD,
    adminDistDir: env.ADMIN_DIST_DIR ?? builtAdminDist(),
    socketInitTimeoutMs: env.GRAPHQL_WS_INIT_TIMEOUT_MS,
    alerts: {
      errorRate: env.ALERT_ERROR_RATE_THRESHOLD,
      errorRateWindowMinutes: env.ALERT_ERROR_RATE_WINDOW_MINUTES,
      errorRateMinRuns: env.ALERT_ERROR_RATE_MIN_RUNS,
      consecutiveFailures: env.ALERT_CONSECUTIVE_FAILURES,
      rateLimitUsage: env.ALERT_RATE_LIMIT_USAGE,
      evaluateSeconds: env.ALERT_EVALUATE_SECONDS,
    },
    admission: {
      rateLimit: {
        limit: env.API_RATE_LIMIT,
        windowSeconds: env.API_RATE_LIMIT_WINDOW_SECONDS,
      },
      maxConcurrency: env.API_MAX_CONCURRENCY,
      maxQueue: env.API_MAX_QUEUE,
      maxQueueWaitMs: env.API_MAX_QUEUE_WAIT_MS,
      maxEventLoopDelayMs: env.API_MAX_EVENT_LOOP_DELAY_MS,
    },
    jobs: {
      syncConcurrency: env.SYNC_CONCURRENCY,
      sliceSeconds: env.SYNC_SLICE_SECONDS,
      webhookMaxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
      webhookRetryDelaySeconds: env.WEBHOOK_RETRY_DELAY_SECONDS,
      expireSeconds: env.JOB_EXPIRE_SECONDS,
      maintenanceSeconds: env.JOB_MAINTENANCE_SECONDS,
      pollingSeconds: env.JOB_POLLING_SECONDS,
      tickSeconds: env.SCHEDULER_TICK_SECONDS,
    },
  };
}
