import { buildConfig } from './config/config.js';
import { parseEnv } from './config/env.js';
import { createApp } from './app/create-app.js';
import { createLogger } from './http/logger.js';
import { stopOnSignals } from './app/shutdown.js';

/** Production entry point: configured by the environment alone. */
async function main(): Promise<void> {
  const env = parseEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const app = await createApp(buildConfig(env), logger);
  app.services.start();
  stopOnSignals(app, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
