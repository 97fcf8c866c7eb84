import type { StoredConnectionStatus } from '@cora/core';
import { AuditLogRepository, ConnectionRepository, type Keyset } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badInput } from '../../errors/app-error.js';
import { toConnection } from '../../graphql/connection.js';
import { toAuditEntry, toSupportConnection } from './support.mapper.js';
import type {
  AuditEntryConnection,
  SupportConnection,
  SupportConnectionConnection,
} from './support.types.js';

const offsetCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

function parseOffsetCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match?.[1] === undefined) throw badInput('after is not a valid cursor');
  return Number(match[1]);
}

/** Reads across every user's connection, for support staff. */
export class SupportService {
  async connections(
    em: SqlEntityManager,
    options: {
      first: number;
      after: string | null | undefined;
      search: string | null;
      status: StoredConnectionStatus | null;
    },
  ): Promise<SupportConnectionConnection> {
    const offset = parseOffsetCursor(options.after);
    const { items, totalCount } = await new ConnectionRepository(em).listForSupport({
      first: options.first,
      offset,
      search: options.search,
      status: options.status,
    });
    const edges = items.map((item, index) => ({
      cursor: offsetCursor(offset + index + 1),
      node: toSupportConnection(item),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: offset + items.length < totalCount,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  }

  async connection(em: SqlEntityManager, userId: string): Promise<SupportConnection | null> {
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    return connection === null ? null : toSupportConnection(connection);
  }

  /** Support actions about one user, newest first. */
  async auditLog(
    em: SqlEntityManager,
    userId: string,
    first: number,
    after: Keyset | null,
  ): Promise<AuditEntryConnection> {
    const repository = new AuditLogRepository(em);
    const page = await repository.listByTarget(userId, { first, after });
    return toConnection(page, await repository.countByTarget(userId), toAuditEntry);
  }
}
