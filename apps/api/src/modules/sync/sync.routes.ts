import { SyncTrigger } from '@cora/db';
import type { Express } from 'express';
import { keysetArg, pageSizeArg } from '../../graphql/args.js';
import { parseListQuery } from '../../http/list-query.js';
import { authed, REST_BASE, type RouteKit } from '../../http/rest-support.js';
import { toSyncRunView } from './sync.mapper.js';
import type { SyncService } from './sync.service.js';

/** The guide's sync routes: start a sync, read the history. */
export function mountSyncRoutes(app: Express, kit: RouteKit, sync: SyncService): void {
  app.post(
    `${REST_BASE}/sync`,
    authed(kit, async (identity, req, res) => {
      const full = req.query['full'] === 'true' || req.query['full'] === '1';
      const run = await sync.start(kit.orm.em.fork(), identity.userId, SyncTrigger.MANUAL, full);
      res.status(202).json(toSyncRunView(run));
    }),
  );

  app.get(
    `${REST_BASE}/sync/history`,
    authed(kit, async (identity, req, res) => {
      const query = parseListQuery(req.query);
      res.json(
        await sync.history(
          kit.orm.em.fork(),
          identity.userId,
          pageSizeArg(query.first, 20),
          keysetArg(query.after),
        ),
      );
    }),
  );
}
