import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Identity } from '../auth/identity.js';
import { AppError } from '../errors/app-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { costLimitPlugin, MAX_MESSAGE_BYTES } from '../graphql/limits.js';
import { createPipeline } from '../graphql/pipeline.js';
import { socketPipeline } from '../graphql/socket.js';
import { requestIdFrom, runWithRequestId } from '../http/request-scope.js';
import { mountAdminStatic } from '../http/admin-static.js';
import { identityKey, RetryLater } from '../http/admission.js';
import { securityHeaders } from '../http/security-headers.js';
import { REST_BASE, type RouteKit } from '../http/rest-support.js';
import { graphqlMetricsPlugin } from '../modules/monitoring/observers.js';
import { mountSystemRoutes } from '../modules/monitoring/system.routes.js';
import { mountConnectionRoutes } from '../modules/stripe-connection/connection.routes.js';
import { mountSyncRoutes } from '../modules/sync/sync.routes.js';
import { mountTransactionRoutes } from '../modules/transactions/transaction.routes.js';
import { mountWebhookRoute } from '../modules/webhooks/webhook.route.js';
import { listenOn } from './listen.js';
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
  req: Request,
): Promise<{ identity: Identity | null; authError: AppError | null }> {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return { identity: null, authError: null };
  try {
    return { identity: await services.identity.fromRequest(req), authError: null };
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
  app.use(securityHeaders());
  const server = createServer(app);

  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    runWithRequestId(requestId, next);
  });

  const pipeline = createPipeline({ production: config.production, logger });
  // Upgrades are handed over by hand, so the WebSocket server never sees the HTTP server's
  // own errors (a taken port is listenOn's to tell, in words).
  const wsServer = new WebSocketServer({
    noServer: true,
    path: '/graphql',
    maxPayload: MAX_MESSAGE_BYTES,
  });
  server.on('upgrade', (req, socket, head) => {
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  });
  const wsCleanup = useServer(
    socketPipeline({
      schema,
      pipeline,
      initTimeoutMs: config.socketInitTimeoutMs,
      authenticate: (authorization) => services.identity.sessionFromAuthorization(authorization),
      context: (requestId, session): GraphQLContext => ({
        requestId,
        identity: session.identity,
        authError: null,
        em: services.orm.em.fork(),
        pubSub: services.pubSub,
      }),
      admit: async (session, address, holdsSlot) => {
        const key = identityKey(session.identity, address);
        try {
          if (!holdsSlot) {
            services.admission.checkRate(key, 'ws');
            return { release: () => undefined };
          }
          return { release: await services.admission.admit(key, 'ws') };
        } catch (error) {
          if (error instanceof RetryLater) return { refused: error };
          throw error;
        }
      },
      onAccepted: () => services.metrics.activeSubscriptions.inc(),
      onEnded: () => services.metrics.activeSubscriptions.dec(),
    }),
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // Introspection is one of the pipeline's rules (off in production) on both transports.
    introspection: true,
    validationRules: pipeline.validationRules,
    formatError: pipeline.formatError,
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
    express.json({ limit: MAX_MESSAGE_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GraphQLContext> => ({
        requestId: String(req.res?.getHeader('x-request-id') ?? requestIdFrom(undefined)),
        ...(await identify(services, req)),
        em: services.orm.em.fork(),
        pubSub: services.pubSub,
      }),
    }),
  );

  mountAdminStatic(app, config.adminDistDir, logger);

  const actualPort = await listenOn(server, port, { variable: 'PORT', what: 'the API' });
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
