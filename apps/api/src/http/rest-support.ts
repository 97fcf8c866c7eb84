import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Identity } from '../auth/identity.js';
import type { Services } from '../app/services.js';
import { toPublicError } from '../errors/masking.js';
import { currentRequestId } from './request-scope.js';

/** Sends an error the way every REST route does: `{ error: { code, message, requestId } }`. */
export function sendError(services: Services, res: Response, error: unknown): void {
  const publicError = toPublicError(error, currentRequestId() ?? 'none');
  if (publicError.status >= 500) {
    services.logger.error({ err: error, requestId: publicError.requestId }, 'REST route failed');
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
  services: Services,
  handler: (req: Request, res: Response) => Promise<void>,
): RequestHandler {
  return (req: Request, res: Response, _next: NextFunction) => {
    handler(req, res).catch((error: unknown) => sendError(services, res, error));
  };
}

/** A route that needs the same bearer token as GraphQL. */
export function authed(
  services: Services,
  handler: (identity: Identity, req: Request, res: Response) => Promise<void>,
): RequestHandler {
  return route(services, async (req, res) => {
    const identity = await services.identity.fromAuthorization(req.headers.authorization);
    await handler(identity, req, res);
  });
}
