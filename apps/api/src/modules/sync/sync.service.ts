import {
  ConnectionRepository,
  SyncRunRepository,
  type Keyset,
  type SyncRunEntity,
  type SyncTrigger,
} from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { notFound } from '../../errors/app-error.js';
import { emptyConnection, toConnection } from '../../graphql/connection.js';
import { toSyncRunView } from './sync.mapper.js';
import type { SyncEngine } from './sync.engine.js';
import type { SyncRunConnection } from './sync.types.js';

/**
 * Starting a user's syncs and reading their history. Every method takes the user whose
 * connection it is; the resolvers decide who may ask.
 */
export class SyncService {
  constructor(private readonly engine: SyncEngine) {}

  async start(
    em: SqlEntityManager,
    userId: string,
    trigger: SyncTrigger,
    full: boolean,
  ): Promise<SyncRunEntity> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) throw notFound('No Stripe account is connected');
    return this.engine.request(em, connection.id, trigger, full);
  }

  async history(
    em: SqlEntityManager,
    userId: string,
    first: number,
    after: Keyset | null,
  ): Promise<SyncRunConnection> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) return emptyConnection();
    const runs = new SyncRunRepository(em);
    const [page, counts] = await Promise.all([
      runs.history(connection.id, { first, after }),
      runs.counts(connection.id),
    ]);
    return toConnection(page, counts.total, toSyncRunView);
  }
}
