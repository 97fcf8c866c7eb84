import type { Express } from 'express';
import type { Services } from '../app/services.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { toConnectionView } from '../modules/stripe-connection/connection.mapper.js';
import { SyncTrigger } from '@cora/db';
import { pageSizeArg } from '../graphql/args.js';
import { toSyncRunView } from '../modules/sync/sync.mapper.js';
import { parseTransactionFilter } from '../modules/transactions/transaction-filter.js';
import { parseListQuery } from './list-query.js';
import { authed, route } from './rest-support.js';

const BASE = '/api/integrations/stripe';

/** The integration guide's REST routes, thin over the same services as GraphQL. */
export function mountRestRoutes(app: Express, services: Services): void {
  const { connections, orm, config, logger } = services;

  app.get(
    `${BASE}/auth`,
    authed(services, async (identity, _req, res) => {
      const authUrl = await connections.authorizeUrl(orm.em.fork(), identity.userId);
      res.json({ authUrl });
    }),
  );

  app.get(
    `${BASE}/callback`,
    route(services, async (req, res) => {
      const back = new URL('/integrations/stripe', config.frontendUrl);
      const { code, state, error } = req.query;
      try {
        if (typeof error === 'string') {
          throw new AppError(
            ErrorCode.STRIPE_OAUTH,
            error === 'access_denied' ? 'access_denied' : 'oauth_error',
          );
        }
        if (typeof code !== 'string' || typeof state !== 'string') {
          throw new AppError(ErrorCode.BAD_USER_INPUT, 'missing code or state');
        }
        await connections.complete(orm.em.fork(), { code, state });
        back.searchParams.set('connected', '1');
      } catch (failure) {
        const errorCode =
          failure instanceof AppError
            ? failure.code === ErrorCode.STRIPE_OAUTH && failure.message === 'access_denied'
              ? 'access_denied'
              : failure.code
            : ErrorCode.INTERNAL;
        if (!(failure instanceof AppError)) logger.error({ err: failure }, 'OAuth callback failed');
        back.searchParams.set('error', errorCode);
      }
      res.redirect(302, back.toString());
    }),
  );

  app.get(
    `${BASE}/status`,
    authed(services, async (identity, _req, res) => {
      res.json(toConnectionView(await connections.find(orm.em.fork(), identity.userId)));
    }),
  );

  app.delete(
    `${BASE}/disconnect`,
    authed(services, async (identity, _req, res) => {
      res.json(toConnectionView(await connections.disconnect(orm.em.fork(), identity.userId)));
    }),
  );

  app.post(
    `${BASE}/sync`,
    authed(services, async (identity, req, res) => {
      const full = req.query['full'] === 'true' || req.query['full'] === '1';
      const run = await services.sync.start(
        orm.em.fork(),
        identity.userId,
        SyncTrigger.MANUAL,
        full,
      );
      res.status(202).json(toSyncRunView(run));
    }),
  );

  app.get(
    `${BASE}/transactions`,
    authed(services, async (identity, req, res) => {
      const query = parseListQuery(req.query);
      const filter = parseTransactionFilter({
        category: query.category,
        currency: query.currency,
        from: query.from,
        to: query.to,
        search: query.search,
      });
      res.json(
        await services.sync.transactions(
          orm.em.fork(),
          identity.userId,
          pageSizeArg(query.first, 50),
          query.after,
          filter,
        ),
      );
    }),
  );

  app.get(
    `${BASE}/sync/history`,
    authed(services, async (identity, req, res) => {
      const query = parseListQuery(req.query);
      res.json(
        await services.sync.history(
          orm.em.fork(),
          identity.userId,
          pageSizeArg(query.first, 20),
          query.after,
        ),
      );
    }),
  );
}
