import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Orm } from '@cora/db';
import type { Logger } from 'pino';
import type { Identity, IdentityVerifier } from '../auth/identity.js';
import { toPublicError } from '../errors/masking.js';
import { currentRequestId } from './request-scope.js';

/** What every REST route needs: who is calling, where to log, the database. */
export interface RouteKit {
  identity: IdentityVerifier;
  logger: Logger;
  orm: Orm;
}

/** Sends an error the way every REST route does: `{ error: { code, message, requestId } }`. */
export function sendError(logger: Logger, res: Response, error: unknown): void {
  const publicError = toPublicError(error, currentRequestId() ?? 'none');
  if (publicError.status >= 500) {
    logger.error({ err: error, requestId: publicError.requestId }, 'REST route failed');
  }
  res.status(publicError.status).json({
    error: {
      code: publicError.code,
      message: publicError.message,
      requestId: publicError.requestId,
    },
  });
}

/** Wraps an async route: errors become the error body, never an unhandled rejection. */
export function route(
  kit: RouteKit,
  handler: (req: Request, res: Response) => Promise<void>,
): RequestHandler {
  return (req: Request, res: Response, _next: NextFunction) => {
    handler(req, res).catch((error: unknown) => sendError(kit.logger, res, error));
  };
}

/** A route that needs the same bearer token as GraphQL. */
export function authed(
  kit: RouteKit,
  handler: (identity: Identity, req: Request, res: Response) => Promise<void>,
): RequestHandler {
  return route(kit, async (req, res) => {
    const identity = await kit.identity.fromRequest(req);
    await handler(identity, req, res);
  });
}

/** The base path of the integration guide's REST routes. */
export const REST_BASE = '/api/integrations/stripe';
