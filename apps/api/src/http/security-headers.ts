import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers on every response, the console's and the API's: a CSP that the built
 * console passes (its own scripts, styles and sockets only; never framed), `nosniff`, and no
 * referrer. TLS is terminated in front of the API, so HSTS and upgrades are left to it.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
}
