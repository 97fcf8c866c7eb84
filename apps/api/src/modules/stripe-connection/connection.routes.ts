import type { Express, Request, Response } from 'express';
import { AppError, ErrorCode } from '../../errors/app-error.js';
import { authed, REST_BASE, route, type RouteKit } from '../../http/rest-support.js';
import { toConnectionView } from './connection.mapper.js';
import type { ConnectionService } from './connection.service.js';
import { STATE_TTL_SECONDS } from './oauth-state.service.js';

/** The cookie that binds an OAuth flow to the browser that started it. */
export const BROWSER_COOKIE = 'cora_oauth_browser';
const CALLBACK_PATH = `${REST_BASE}/callback`;

/** The browser-binding cookie of a request, if it sent one. */
function browserSecretOf(req: Request): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === BROWSER_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * HttpOnly (scripts never read it), SameSite=Lax (sent on Stripe's top-level redirect back,
 * never on cross-site subrequests), only for the callback, Secure over https.
 */
function cookieOptions(req: Request, frontendUrl: string) {
  const https =
    req.secure || req.get('x-forwarded-proto') === 'https' || frontendUrl.startsWith('https:');
  return { httpOnly: true, sameSite: 'lax', secure: https, path: CALLBACK_PATH } as const;
}

function forgetBrowser(req: Request, res: Response, frontendUrl: string): void {
  if (browserSecretOf(req) !== undefined)
    res.clearCookie(BROWSER_COOKIE, cookieOptions(req, frontendUrl));
}

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
  // The console fetches this with its bearer token, from our origin: the response's cookie
  // binds the state to this browser. A cross-site page cannot make a browser send the
  // token (no CORS), so it cannot plant its own user's flow in someone else's browser.
  app.get(
    `${REST_BASE}/auth`,
    authed(kit, async (identity, req, res) => {
      const { url, browserSecret } = await connections.authorizeForBrowser(
        kit.orm.em.fork(),
        identity.userId,
      );
      res.cookie(BROWSER_COOKIE, browserSecret, {
        ...cookieOptions(req, frontendUrl),
        maxAge: STATE_TTL_SECONDS * 1000,
      });
      res.set('cache-control', 'no-store');
      res.json({ authUrl: url });
    }),
  );

  // Completes the connection only in the browser that started it. Any other browser (the
  // owner of a Stripe account approving someone else's link, or a flow started through the
  // `stripeAuthorizeUrl` query) is handed to the frontend with the code and state, where
  // `completeStripeConnection` finishes it for the state's own user only.
  app.get(
    CALLBACK_PATH,
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
        const connection = await connections.completeInBrowser(kit.orm.em.fork(), {
          code,
          state,
          browserSecret: browserSecretOf(req),
        });
        if (connection === null) {
          back.searchParams.set('code', code);
          back.searchParams.set('state', state);
        } else back.searchParams.set('connected', '1');
      } catch (failure) {
        if (!(failure instanceof AppError))
          kit.logger.error({ err: failure }, 'OAuth callback failed');
        back.searchParams.set('error', callbackError(failure));
      }
      forgetBrowser(req, res, frontendUrl);
      res.set('referrer-policy', 'no-referrer');
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
