import { ping, type Orm } from '@cora/db';
import type { Express } from 'express';
import type { Metrics } from './metrics.js';

/** Liveness, readiness (the database answering) and Prometheus metrics. */
export function mountSystemRoutes(app: Express, metrics: Metrics, orm: Orm): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', (_req, res) => {
    metrics.registry
      .metrics()
      .then((text) => res.type(metrics.registry.contentType).send(text))
      .catch(() => res.status(500).end());
  });
  app.get('/readyz', (_req, res) => {
    ping(orm.em.fork())
      .then(() => res.json({ status: 'ready' }))
      .catch(() => res.status(503).json({ status: 'unavailable' }));
  });
}
