import 'reflect-metadata';
import { createOrm, migrateUp } from '@cora/db';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.js';
import { buildAppSchema, resolverContainer } from './schema.js';
import { createLogger } from '../http/logger.js';
import { startServer, type RunningServer } from './server.js';
import { createServices, type ServiceOptions, type Services } from './services.js';

/** A started API instance: its server, its services, and how to stop it cleanly. */
export interface App extends RunningServer {
  services: Services;
}

/** Opens the database, applies migrations, wires the services and starts listening. */
export async function createApp(
  config: AppConfig,
  logger: Logger = createLogger(config.logLevel),
  options: ServiceOptions = {},
): Promise<App> {
  const orm = await createOrm({ databaseUrl: config.databaseUrl });
  const applied = await migrateUp(orm);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  const services = createServices(config, logger, orm, options);
  await services.open();
  const schema = await buildAppSchema(services.pubSub, resolverContainer(services));
  const running = await startServer(services, schema, config.port);
  return {
    ...running,
    services,
    close: async () => {
      await running.close();
      await services.close();
      await orm.close();
    },
  };
}
