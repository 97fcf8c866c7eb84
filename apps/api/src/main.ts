import { parseArgs } from 'node:util';
import { createOrm, migrateUp } from '@cora/db';
import { buildConfig } from './config/config.js';
import { parseEnv } from './config/env.js';
import { createApp } from './app/create-app.js';
import { createServices, type InstanceRole } from './app/services.js';
import { createLogger } from './http/logger.js';
import { stopOnSignals } from './app/shutdown.js';

const ROLES: readonly InstanceRole[] = ['all', 'api', 'worker'];

function roleArg(): InstanceRole {
  const { values } = parseArgs({ options: { role: { type: 'string', default: 'all' } } });
  const role = ROLES.find((candidate) => candidate === values.role);
  if (role === undefined) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  return role;
}

/**
 * Production entry point, configured by the environment alone: `--role api` serves HTTP
 * and WebSocket and enqueues jobs, `--role worker` works jobs and runs the schedule,
 * `--role all` (the default) both.
 */
async function main(): Promise<void> {
  const role = roleArg();
  const env = parseEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const config = buildConfig(env);
  if (role === 'worker') {
    const orm = await createOrm({ databaseUrl: config.databaseUrl });
    await migrateUp(orm);
    const services = createServices(config, logger, orm, { role });
    await services.open();
    await services.start();
    logger.info({ role }, 'worker started');
    stopOnSignals(
      {
        close: async () => {
          await services.close();
          await orm.close();
        },
      },
      logger,
    );
    return;
  }
  const app = await createApp(config, logger, { role });
  await app.services.start();
  stopOnSignals(app, logger);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
