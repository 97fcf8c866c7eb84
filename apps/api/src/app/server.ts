import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Identity } from '../auth/identity.js';
import { AppError } from '../errors/app-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { createFormatError } from '../graphql/format-error.js';
import { costLimitPlugin, depthRule } from '../graphql/limits.js';
import { requestIdFrom, runWithRequestId } from '../http/request-scope.js';
import { mountAdminStatic } from '../http/admin-static.js';
import { REST_BASE, type RouteKit } from '../http/rest-support.js';
import { graphqlMetricsPlugin } from '../modules/monitoring/observers.js';
import { mountSystemRoutes } from '../modules/monitoring/system.routes.js';
import { mountConnectionRoutes } from '../modules/stripe-connection/connection.routes.js';
import { mountSyncRoutes } from '../modules/sync/sync.routes.js';
import { mountTransactionRoutes } from '../modules/transactions/transaction.routes.js';
import { mountWebhookRoute } from '../modules/webhooks/webhook.route.js';
import type { Services } from './services.js';

/** A listening API: HTTP and WebSocket on one port. */
export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

async function identify(
  services: Services,
  authorization: string | undefined,
): Promise<{ identity: Identity | null; authError: AppError | null }> {
  if (authorization === undefined || authorization === '')
    return { identity: null, authError: null };
  try {
    return { identity: await services.identity.fromAuthorization(authorization), authError: null };
  } catch (error) {
    return { identity: null, authError: error instanceof AppError ? error : null };
  }
}

/** Starts Apollo, graphql-ws, the REST routes and the system routes on one http.Server. */
export async function startServer(
  services: Services,
  schema: GraphQLSchema,
  port: number,
): Promise<RunningServer> {
  const { config, logger } = services;
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);

  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    runWithRequestId(requestId, next);
  });

  const wsServer = new WebSocketServer({ server, path: '/graphql' });
  const wsCleanup = useServer<{ authorization?: unknown }, { identity?: Identity }>(
    {
      schema,
      validate: (target, document) => validate(target, document, [...specifiedRules, depthRule]),
      onSubscribe: () => {
        services.metrics.activeSubscriptions.inc();
      },
      onComplete: () => {
        services.metrics.activeSubscriptions.dec();
      },
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        const { identity } = await identify(
          services,
          typeof header === 'string' ? header : undefined,
        );
        if (identity === null) return false;
        ctx.extra.identity = identity;
        return true;
      },
      context: (ctx): GraphQLContext => ({
        requestId: requestIdFrom(undefined),
        identity: ctx.extra.identity ?? null,
        authError: null,
        em: services.orm.em.fork(),
        pubSub: services.pubSub,
      }),
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: !config.production,
    validationRules: [depthRule],
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      costLimitPlugin(schema),
      graphqlMetricsPlugin(services.metrics),
      {
        serverWillStart() {
          return Promise.resolve({
            async drainServer() {
              await wsCleanup.dispose();
            },
          });
        },
      },
    ],
  });
  await apollo.start();

  mountSystemRoutes(app, services.metrics, services.orm);
  mountWebhookRoute(app, {
    secret: config.stripe.webhookSecret,
    orm: services.orm,
    webhooks: services.webhooks,
    metrics: services.metrics,
    logger,
  });
  app.use(REST_BASE, services.admission.rest(['/webhook', '/callback']));
  const kit: RouteKit = { identity: services.identity, logger, orm: services.orm };
  mountConnectionRoutes(app, kit, services.connections, config.frontendUrl);
  mountSyncRoutes(app, kit, services.sync);
  mountTransactionRoutes(app, kit, services.transactions);
  app.use('/graphql', services.admission.graphql());
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GraphQLContext> => ({
        requestId: String(req.res?.getHeader('x-request-id') ?? requestIdFrom(undefined)),
        ...(await identify(services, req.headers.authorization)),
        em: services.orm.em.fork(),
        pubSub: services.pubSub,
      }),
    }),
  );

  mountAdminStatic(app, config.adminDistDir, logger);

  await new Promise<void>((resolve) => server.listen(port, resolve));
  const actualPort = (server.address() as AddressInfo).port;
  logger.info({ port: actualPort }, 'API listening');
  return {
    server,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}`,
    close: async () => {
      await apollo.stop();
    },
  };
}
