import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from 'pino';

/** Paths that belong to the API and never fall back to the console's index.html. */
const API_PATHS = /^\/(graphql|api|healthz|readyz|metrics)(\/|$)/;

/** Serves the built admin console at `/`, with the single-page-app fallback. */
export function mountAdminStatic(app: Express, distDir: string | undefined, logger: Logger): void {
  if (distDir === undefined) return;
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ distDir }, 'admin console not built; run `npm run build` to serve it at /');
    return;
  }
  app.use(express.static(distDir, { index: false, maxAge: '1h' }));
  app.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path)) {
      next();
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
