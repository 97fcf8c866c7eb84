import type { SqlEntityManager } from '@mikro-orm/knex';
import { ConnectionRepository, ConnectionStatus, type StripeConnectionEntity } from '@cora/db';
import type Stripe from 'stripe';
import type { Logger } from 'pino';
import { AppError, ErrorCode } from '../../errors/app-error.js';
import type { TokenCipher } from '../../security/token-cipher.js';
import type { StripeGateway } from '../../stripe/gateway.js';
import type { OAuthFlavor, TokenGrant } from '../../stripe/oauth.js';
import { classifyStripeError, isStripeUnauthorized } from '../../stripe/stripe-errors.js';

/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 2 * 60 * 1000;
/** How long one process may hold a connection's refresh lease. */
const REFRESH_LEASE_MS = 15_000;
/** How long a caller without the lease waits for the holder's tokens. */
const ADOPT_WAIT_MS = REFRESH_LEASE_MS;
const ADOPT_POLL_MS = 50;

export const REAUTH_MESSAGE =
  'Stripe no longer accepts this connection; reconnect your Stripe account';

/** Stripe calls for one connection; errors other than a handled 401 pass through unchanged. */
export interface StripeSession {
  stripeAccountId: string;
  call<T>(call: (stripe: Stripe) => Promise<T>): Promise<T>;
}

/** Observers of refresh outcomes (metrics, alerts). */
export interface RefreshObserver {
  refreshed(connectionId: string): void;
  refreshFailed(connectionId: string): void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Hands out Stripe clients for a connection's stored token. Refreshes before expiry and
 * once after a 401; refreshes of one connection are serialized in this process (one
 * flight) and across processes (a lease in the database, taken by compare-and-set).
 */
export class StripeAccess {
  private readonly inflight = new Map<string, Promise<string>>();

  constructor(
    private readonly cipher: TokenCipher,
    private readonly oauth: OAuthFlavor,
    private readonly gateway: StripeGateway,
    private readonly logger: Logger,
    private readonly observer: RefreshObserver = { refreshed() {}, refreshFailed() {} },
  ) {}

  /** Runs `call` with a client for the connection; a 401 gets one refresh and one retry. */
  async run<T>(
    em: SqlEntityManager,
    connectionId: string,
    call: (stripe: Stripe) => Promise<T>,
  ): Promise<T> {
    const session = await this.session(em, connectionId);
    try {
      return await session.call(call);
    } catch (error) {
      throw classifyStripeError(error);
    }
  }

  /**
   * A client bound to the connection's current token, for many calls (a sync's pages).
   * Each call that meets a 401 refreshes once (where a refresh token exists) and retries.
   */
  async session(em: SqlEntityManager, connectionId: string): Promise<StripeSession> {
    const connection = await this.load(em, connectionId);
    const hasRefreshToken = Boolean(connection.refreshTokenCiphertext);
    let token = await this.currentToken(em, connection);
    let client = this.gateway.forAccessToken(token.value);
    return {
      stripeAccountId: connection.stripeAccountId ?? connection.id,
      call: async <T>(call: (stripe: Stripe) => Promise<T>): Promise<T> => {
        try {
          return await call(client);
        } catch (error) {
          if (!isStripeUnauthorized(error)) throw error;
          if (!hasRefreshToken) {
            await this.markNeedsReauth(em, connectionId);
            throw classifyStripeError(error);
          }
          token = { value: await this.refresh(em, connectionId, token.version), version: -1 };
          client = this.gateway.forAccessToken(token.value);
          try {
            return await call(client);
          } catch (retryError) {
            if (isStripeUnauthorized(retryError)) await this.markNeedsReauth(em, connectionId);
            throw retryError;
          }
        }
      },
    };
  }

  private async currentToken(
    em: SqlEntityManager,
    connection: StripeConnectionEntity,
  ): Promise<{ value: string; version: number }> {
    const expiresAt = connection.accessTokenExpiresAt?.getTime();
    const expiring = expiresAt !== undefined && expiresAt - Date.now() < REFRESH_MARGIN_MS;
    if (expiring && connection.refreshTokenCiphertext) {
      const value = await this.refresh(em, connection.id, connection.tokenVersion);
      return { value, version: -1 };
    }
    return { value: this.open(connection, 'access'), version: connection.tokenVersion };
  }

  /** Refreshes the tokens unless someone already did since `seenVersion`. */
  refresh(em: SqlEntityManager, connectionId: string, seenVersion: number): Promise<string> {
    const running = this.inflight.get(connectionId);
    if (running !== undefined) return running;
    const flight = this.refreshOnce(em.fork(), connectionId, seenVersion).finally(() =>
      this.inflight.delete(connectionId),
    );
    this.inflight.set(connectionId, flight);
    return flight;
  }

  /**
   * Takes the connection's refresh lease (only while the token version is still the one
   * read), refreshes at Stripe, and stores the new tokens as the next version. Whoever
   * does not get the lease, in this process or another, waits for the holder's tokens
   * instead of spending the rotating refresh token twice.
   */
  private async refreshOnce(
    em: SqlEntityManager,
    connectionId: string,
    seenVersion: number,
  ): Promise<string> {
    const connection = await this.load(em, connectionId);
    const version = connection.tokenVersion;
    if (seenVersion >= 0 && version > seenVersion) return this.open(connection, 'access');
    const repository = new ConnectionRepository(em);
    if (
      !(await repository.claimRefresh(
        connectionId,
        version,
        new Date(Date.now() + REFRESH_LEASE_MS),
      ))
    ) {
      return this.adoptNewer(em, connectionId, version + 1);
    }
    let grant: TokenGrant;
    try {
      grant = await this.oauth.refresh(this.open(connection, 'refresh'));
    } catch (error) {
      this.observer.refreshFailed(connectionId);
      this.logger.warn({ connectionId, code: (error as AppError).code }, 'token refresh failed');
      if (error instanceof AppError && error.code === ErrorCode.STRIPE_UNAVAILABLE) {
        await repository.releaseRefresh(connectionId);
        throw error;
      }
      await this.markNeedsReauth(em, connectionId);
      throw new AppError(ErrorCode.STRIPE_AUTH, REAUTH_MESSAGE, { cause: error });
    }
    const access = this.cipher.seal(grant.accessToken);
    const refresh = grant.refreshToken === null ? null : this.cipher.seal(grant.refreshToken);
    // Fails only if the connection was disconnected meanwhile: then nothing is stored.
    await repository.storeRefreshed(connectionId, version, {
      accessTokenCiphertext: access.ciphertext,
      refreshTokenCiphertext: refresh?.ciphertext ?? connection.refreshTokenCiphertext ?? null,
      tokenKeyId: access.keyId,
      accessTokenExpiresAt: grant.expiresAt,
    });
    this.observer.refreshed(connectionId);
    return grant.accessToken;
  }

  /** Waits for another refresh to store tokens of at least `version`, and returns them. */
  private async adoptNewer(
    em: SqlEntityManager,
    connectionId: string,
    version: number,
  ): Promise<string> {
    const deadline = Date.now() + ADOPT_WAIT_MS;
    for (;;) {
      const current = await this.load(em, connectionId);
      if (current.tokenVersion >= version) return this.open(current, 'access');
      if (Date.now() >= deadline) {
        throw new AppError(
          ErrorCode.STRIPE_UNAVAILABLE,
          'The Stripe connection is being refreshed; try again',
        );
      }
      await sleep(ADOPT_POLL_MS);
    }
  }

  private async load(em: SqlEntityManager, connectionId: string): Promise<StripeConnectionEntity> {
    const connection = await new ConnectionRepository(em).findById(connectionId);
    if (
      connection === null ||
      connection.status !== ConnectionStatus.CONNECTED ||
      !connection.accessTokenCiphertext
    ) {
      throw new AppError(ErrorCode.STRIPE_AUTH, REAUTH_MESSAGE);
    }
    return connection;
  }

  private open(connection: StripeConnectionEntity, which: 'access' | 'refresh'): string {
    const ciphertext =
      which === 'access' ? connection.accessTokenCiphertext : connection.refreshTokenCiphertext;
    if (!ciphertext || !connection.tokenKeyId) {
      throw new AppError(ErrorCode.STRIPE_AUTH, REAUTH_MESSAGE);
    }
    return this.cipher.open({ keyId: connection.tokenKeyId, ciphertext });
  }

  private async markNeedsReauth(em: SqlEntityManager, connectionId: string): Promise<void> {
    await new ConnectionRepository(em).markNeedsReauth(connectionId, {
      code: ErrorCode.STRIPE_AUTH,
      message: REAUTH_MESSAGE,
    });
  }
}
