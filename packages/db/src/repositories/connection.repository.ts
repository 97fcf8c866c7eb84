import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { StripeConnection, type StripeConnectionEntity } from '../entities/connection.entity.js';
import { ConnectionStatus, type StoredConnectionStatus } from '@cora/core';

const CONNECTED: StoredConnectionStatus = ConnectionStatus.CONNECTED;
import { claimDueIds } from '../sql/claim.js';
import { execute } from '../sql/driver.js';
import type {
  ConnectionError,
  SaveConnectedInput,
  SealedTokens,
  SupportListOptions,
  SyncResultInput,
} from './connection.types.js';

const NO_TOKENS = {
  accessTokenCiphertext: null,
  refreshTokenCiphertext: null,
  tokenKeyId: null,
  accessTokenExpiresAt: null,
};

/** Stripe connections: OAuth results, tokens (sealed), status, scheduling. */
export class ConnectionRepository {
  constructor(private readonly em: SqlEntityManager) {}

  async findById(id: string): Promise<StripeConnectionEntity | null> {
    return this.em.findOne(StripeConnection, id, { refresh: true });
  }

  /** The user's connection (one per user for now). */
  async findByUserId(userId: string): Promise<StripeConnectionEntity | null> {
    return this.em.findOne(StripeConnection, { userId }, { refresh: true });
  }

  /** Every connection to a Stripe account (webhooks name the account, not the user). */
  async findByAccountId(stripeAccountId: string): Promise<StripeConnectionEntity[]> {
    return this.em.find(StripeConnection, { stripeAccountId }, { refresh: true });
  }

  /**
   * How many CONNECTED connections other than `exceptId` use the Stripe account: while any
   * does, the platform's access to the account must not be revoked.
   */
  async countOtherActive(stripeAccountId: string, exceptId: string): Promise<number> {
    return this.em.count(StripeConnection, {
      stripeAccountId,
      status: CONNECTED,
      id: { $ne: exceptId },
    });
  }

  /**
   * Stores a completed OAuth connection for the user, creating or replacing their row:
   * status CONNECTED, new tokens, error cleared, tokenVersion bumped. A different Stripe
   * account resets the sync cursor.
   */
  async saveConnected(input: SaveConnectedInput): Promise<StripeConnectionEntity> {
    const now = input.now ?? new Date();
    const fields = {
      stripeAccountId: input.stripeAccountId,
      livemode: input.livemode,
      scope: input.scope,
      flavor: input.flavor,
      accessTokenCiphertext: input.accessTokenCiphertext,
      refreshTokenCiphertext: input.refreshTokenCiphertext,
      tokenKeyId: input.tokenKeyId,
      accessTokenExpiresAt: input.accessTokenExpiresAt,
      status: CONNECTED,
      connectedAt: now,
      disconnectedAt: null,
      nextSyncAt: input.nextSyncAt ?? null,
      lastErrorCode: null,
      lastErrorMessage: null,
      lastErrorAt: null,
    };
    for (let attempt = 0; ; attempt++) {
      const existing = await this.findByUserId(input.userId);
      try {
        if (existing) {
          const accountChanged = existing.stripeAccountId !== input.stripeAccountId;
          this.em.assign(existing, {
            ...fields,
            tokenVersion: existing.tokenVersion + 1,
            ...(accountChanged ? { syncCursor: null, lastSyncedAt: null } : {}),
          });
          await this.em.flush();
          return existing;
        }
        const created = this.em.create(StripeConnection, { userId: input.userId, ...fields });
        await this.em.flush();
        return created;
      } catch (error) {
        // Two callbacks for the same user raced: the loser updates the winner's row.
        if (!(error instanceof UniqueConstraintViolationException) || attempt > 0) throw error;
        this.em.clear();
      }
    }
  }

  /**
   * Takes the refresh lease of a connection still at `version`, unless another process
   * holds an unexpired one. Only the holder refreshes (refresh tokens rotate on use).
   */
  async claimRefresh(
    id: string,
    version: number,
    until: Date,
    now: Date = new Date(),
  ): Promise<boolean> {
    const changed = await this.em.nativeUpdate(
      StripeConnection,
      {
        id,
        tokenVersion: version,
        $or: [{ refreshLockedUntil: null }, { refreshLockedUntil: { $lt: now } }],
      },
      { refreshLockedUntil: until },
    );
    return changed === 1;
  }

  /** Stores refreshed tokens (version + 1) and frees the lease; false if the version moved. */
  async storeRefreshed(id: string, version: number, tokens: SealedTokens): Promise<boolean> {
    const changed = await this.em.nativeUpdate(
      StripeConnection,
      { id, tokenVersion: version },
      { ...tokens, tokenVersion: version + 1, refreshLockedUntil: null, updatedAt: new Date() },
    );
    return changed === 1;
  }

  /** Frees the refresh lease without changing the tokens (the refresh could not be done). */
  async releaseRefresh(id: string): Promise<void> {
    await this.em.nativeUpdate(StripeConnection, { id }, { refreshLockedUntil: null });
  }

  /** Sets the status, recording or clearing the last error. */
  async setStatus(
    id: string,
    status: StoredConnectionStatus,
    error: ConnectionError | null = null,
  ): Promise<void> {
    const now = new Date();
    await this.em.nativeUpdate(
      StripeConnection,
      { id },
      { status, updatedAt: now, ...errorFields(error, now) },
    );
  }

  /** Marks the connection unusable until the user connects again; tokens are wiped. */
  async markNeedsReauth(id: string, error: ConnectionError): Promise<void> {
    await this.em.nativeUpdate(
      StripeConnection,
      { id },
      {
        status: ConnectionStatus.NEEDS_REAUTH,
        nextSyncAt: null,
        ...this.wipedTokenFields(),
        ...errorFields(error, new Date()),
      },
    );
  }

  /**
   * Notes that the user asked to disconnect, before Stripe is told: `disconnectedAt` set on a
   * connection still CONNECTED marks the disconnect as pending, so the deauthorization event
   * Stripe sends back is known as asked for. `pending: false` withdraws the note (Stripe
   * refused, the connection stays as it was).
   */
  async markDisconnectPending(id: string, pending: boolean): Promise<void> {
    await this.em.nativeUpdate(
      StripeConnection,
      { id, status: ConnectionStatus.CONNECTED },
      { disconnectedAt: pending ? new Date() : null },
    );
  }

  /** Disconnects: wipes tokens, stops scheduling, keeps the imported history. */
  async markDisconnected(id: string, now: Date = new Date()): Promise<void> {
    await this.em.nativeUpdate(
      StripeConnection,
      { id },
      {
        status: ConnectionStatus.DISCONNECTED,
        disconnectedAt: now,
        nextSyncAt: null,
        updatedAt: now,
        ...this.wipedTokenFields(),
      },
    );
  }

  /** Records the end of a sync on the connection: times, cursor, last error. */
  async recordSyncResult(id: string, result: SyncResultInput): Promise<void> {
    const now = new Date();
    await this.em.nativeUpdate(
      StripeConnection,
      { id },
      {
        nextSyncAt: result.nextSyncAt,
        updatedAt: now,
        ...(result.lastSyncedAt ? { lastSyncedAt: result.lastSyncedAt } : {}),
        ...(result.syncCursor !== undefined ? { syncCursor: result.syncCursor } : {}),
        ...errorFields(result.error, now),
      },
    );
  }

  /**
   * Claims up to `limit` CONNECTED connections whose nextSyncAt is due, moving their
   * nextSyncAt to `now + leaseMs` so no other claimer gets them until the lease ends.
   * PostgreSQL uses FOR UPDATE SKIP LOCKED; SQLite a write transaction.
   */
  async claimDue(now: Date, limit: number, leaseMs: number): Promise<StripeConnectionEntity[]> {
    const ids = await this.em.transactional((em) =>
      claimDueIds(em, now, limit, new Date(now.getTime() + leaseMs)),
    );
    if (ids.length === 0) return [];
    return this.em.find(
      StripeConnection,
      { id: { $in: ids } },
      { refresh: true, orderBy: { id: 'asc' } },
    );
  }

  /**
   * Support console list: errors first (latest first), then most recently active. The search
   * is a prefix of the user id or the Stripe account id, in characters; every value is bound.
   */
  async listForSupport(
    options: SupportListOptions = {},
  ): Promise<{ items: StripeConnectionEntity[]; totalCount: number }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (options.status) {
      conditions.push('status = ?');
      params.push(options.status);
    }
    if (options.search) {
      const length = [...options.search].length;
      conditions.push('(substr(user_id, 1, ?) = ? or substr(stripe_account_id, 1, ?) = ?)');
      params.push(length, options.search, length, options.search);
    }
    const where = conditions.length > 0 ? `where ${conditions.join(' and ')}` : '';
    const limit = Math.min(Math.max(options.first ?? 50, 1), 200);
    const offset = Math.max(options.offset ?? 0, 0);
    const page = await execute<{ id: string }>(
      this.em,
      `select id from stripe_connection ${where}
       order by last_error_at desc nulls last, updated_at desc, id desc limit ? offset ?`,
      [...params, limit, offset],
    );
    const [count] = await execute<{ count: number | string }>(
      this.em,
      `select count(*) as count from stripe_connection ${where}`,
      params,
    );
    const ids = page.map((row) => row.id);
    const loaded =
      ids.length === 0
        ? []
        : await this.em.find(StripeConnection, { id: { $in: ids } }, { refresh: true });
    const byId = new Map(loaded.map((connection) => [connection.id, connection]));
    const items = ids.flatMap((id) => byId.get(id) ?? []);
    return { items, totalCount: Number(count?.count ?? 0) };
  }

  private wipedTokenFields(): typeof NO_TOKENS & { tokenVersion: number } {
    return { ...NO_TOKENS, tokenVersion: raw<object, number>('token_version + 1') };
  }
}

function errorFields(error: ConnectionError | null, now: Date) {
  return error
    ? { lastErrorCode: error.code, lastErrorMessage: error.message, lastErrorAt: now }
    : { lastErrorCode: null, lastErrorMessage: null, lastErrorAt: null };
}
