import type { Express } from 'express';
import type { Services } from '../app/services.js';

/** Liveness, readiness (the database answering) and Prometheus metrics. */
export function mountSystemRoutes(app: Express, services: Services): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', (_req, res) => {
    services.metrics.registry
      .metrics()
      .then((text) => res.type(services.metrics.registry.contentType).send(text))
      .catch(() => res.status(500).end());
  });
  app.get('/readyz', (_req, res) => {
    services.orm.em
      .fork()
      .getConnection()
      .execute('select 1')
      .then(() => res.json({ status: 'ready' }))
      .catch(() => res.status(503).json({ status: 'unavailable' }));
  });
}
