import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_CLIENT_ID, DEMO_SECRET_KEY, type Sandbox } from '@cora/stripe-sandbox';
import { createApp } from './app/create-app.js';
import { PortInUseError } from './app/listen.js';
import { stopOnSignals } from './app/shutdown.js';
import { signDevToken } from './auth/dev-token.js';
import { buildConfig } from './config/config.js';
import { parseEnv } from './config/env.js';
import { restoreDemoTokens, startDemoSandbox } from './demo/demo-sandbox.js';
import { demoBanner } from './demo/banner.js';
import { loadOrCreateDevSecrets } from './demo/dev-secrets.js';
import { REPO_DATA_DIR } from './demo/paths.js';
import { createLogger } from './http/logger.js';
import { TokenCipher } from './security/token-cipher.js';

const ADMIN_DIST = fileURLToPath(new URL('../../admin/dist/', import.meta.url));
const SANDBOX_PORT = 12111;

/**
 * `npm start`: the API with demo defaults — SQLite under ./data (or `DATA_DIR`), generated dev
 * secrets, and the Stripe sandbox in-process unless real Stripe keys are configured; the
 * sandbox's accounts and the stored connections' tokens survive a restart.
 */
async function demo(): Promise<void> {
  const env = { ...process.env };
  const logger = createLogger(env['LOG_LEVEL'] ?? 'info');
  const dataDir = env['DATA_DIR'] ? resolve(env['DATA_DIR']) : REPO_DATA_DIR;
  const dev = loadOrCreateDevSecrets(dataDir);
  logger.info(
    { path: dev.path, created: dev.created },
    'demo mode: development secrets kept under ./data',
  );

  let sandbox: Sandbox | null = null;
  if (env['STRIPE_CLIENT_SECRET'] === undefined) {
    const port = Number(env['SANDBOX_PORT'] ?? SANDBOX_PORT);
    sandbox = await startDemoSandbox(dataDir, port, logger);
    Object.assign(env, {
      STRIPE_API_BASE: sandbox.url,
      STRIPE_CONNECT_BASE: sandbox.url,
      STRIPE_CLIENT_ID: DEMO_CLIENT_ID,
      STRIPE_CLIENT_SECRET: DEMO_SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64url')}`,
    });
    logger.info(
      { url: sandbox.url },
      'demo mode: Stripe sandbox started (no real Stripe keys set)',
    );
  }
  env['DATABASE_URL'] ??= `sqlite:${join(dataDir, 'cora.sqlite')}`;
  env['ADMIN_DIST_DIR'] ??= ADMIN_DIST;

  const config = buildConfig(parseEnv(env), { demoSecrets: dev.secrets });
  const app = await createApp(config, logger);
  if (sandbox) {
    const cipher = new TokenCipher(config.encryption.current, config.encryption.previous);
    const restored = await restoreDemoTokens(sandbox, app.services.orm, cipher, logger);
    if (restored > 0) logger.info({ connections: restored }, 'demo mode: connections restored');
  }
  await app.services.start();
  // The sandbox delivers its events to the webhook route, as Stripe would: live updates.
  sandbox?.control.addWebhookEndpoint({
    url: `http://127.0.0.1:${app.port}/api/integrations/stripe/webhook`,
    secret: config.stripe.webhookSecret,
  });
  stopOnSignals(app, logger, async () => sandbox?.close());

  const secret = new TextEncoder().encode(dev.secrets.authJwtSecret);
  const base = `http://localhost:${app.port}`;
  // A week, or the longest lifetime the API is configured to accept.
  const lifetime = `${Math.min(7 * 24 * 3600, config.auth.maxLifetimeSeconds)}s`;
  const claims = { issuer: config.auth.issuer, audience: config.auth.audience };
  const user = await signDevToken(secret, 'demo-user', 'user', lifetime, claims);
  const support = await signDevToken(secret, 'support-1', 'support', lifetime, claims);
  // `npm run dev` sets FRONTEND_URL to the live-reloading Vite server; `npm start` serves the
  // built console itself.
  process.stdout.write(
    demoBanner({
      frontendUrl: config.frontendUrl,
      apiUrl: base,
      userToken: user,
      supportToken: support,
    }),
  );
}

demo().catch((error: unknown) => {
  // A taken port is the user's to fix: its message says how, and a stack would bury it.
  const text =
    error instanceof PortInUseError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
