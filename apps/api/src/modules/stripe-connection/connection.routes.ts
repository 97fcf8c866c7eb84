import type { Express } from 'express';
import { AppError, ErrorCode } from '../../errors/app-error.js';
import { authed, REST_BASE, route, type RouteKit } from '../../http/rest-support.js';
import { toConnectionView } from './connection.mapper.js';
import type { ConnectionService } from './connection.service.js';

/** Why the callback failed, as the frontend reads it from `?error=`. */
function callbackError(failure: unknown): string {
  if (!(failure instanceof AppError)) return ErrorCode.INTERNAL;
  if (failure.code === ErrorCode.STRIPE_OAUTH && failure.message === 'access_denied')
    return 'access_denied';
  return failure.code;
}

/** The guide's connection routes: authorize URL, OAuth callback, status, disconnect. */
export function mountConnectionRoutes(
  app: Express,
  kit: RouteKit,
  connections: ConnectionService,
  frontendUrl: string,
): void {
  app.get(
    `${REST_BASE}/auth`,
    authed(kit, async (identity, _req, res) => {
      const authUrl = await connections.authorizeUrl(kit.orm.em.fork(), identity.userId);
      res.json({ authUrl });
    }),
  );

  app.get(
    `${REST_BASE}/callback`,
    route(kit, async (req, res) => {
      const back = new URL('/integrations/stripe', frontendUrl);
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
        await connections.complete(kit.orm.em.fork(), { code, state });
        back.searchParams.set('connected', '1');
      } catch (failure) {
        if (!(failure instanceof AppError))
          kit.logger.error({ err: failure }, 'OAuth callback failed');
        back.searchParams.set('error', callbackError(failure));
      }
      res.redirect(302, back.toString());
    }),
  );

  app.get(
    `${REST_BASE}/status`,
    authed(kit, async (identity, _req, res) => {
      res.json(toConnectionView(await connections.find(kit.orm.em.fork(), identity.userId)));
    }),
  );

  app.delete(
    `${REST_BASE}/disconnect`,
    authed(kit, async (identity, _req, res) => {
      res.json(toConnectionView(await connections.disconnect(kit.orm.em.fork(), identity.userId)));
    }),
  );
}
