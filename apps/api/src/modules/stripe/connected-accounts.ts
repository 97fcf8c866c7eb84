import type { SqlEntityManager } from '@mikro-orm/knex';
import { ConnectionStatus } from '@cora/core';
import { ConnectionRepository, type StripeConnectionEntity } from '@cora/db';
import type Stripe from 'stripe';
import type { Logger } from 'pino';
import { AppError, ErrorCode } from '../../errors/app-error.js';
import type { TokenCipher } from '../../security/token-cipher.js';
import type { OAuthFlavor, TokenGrant } from './oauth.js';
import type { StripeClients } from './stripe-clients.js';
import { classifyStripeError, isStripeUnauthorized } from './stripe-errors.js';

/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 2 * 60 * 1000;
/** How long one process may hold a connection's refresh lease. */
const REFRESH_LEASE_MS = 15_000;
/** How long a caller without the lease waits for the holder's tokens. */
const ADOPT_WAIT_MS = REFRESH_LEASE_MS;
const ADOPT_POLL_MS = 50;

export const REAUTH_MESSAGE =
  'Stripe no longer accepts this connection; reconnect your Stripe account';

/** Stripe calls for one connected account; errors other than a handled 401 pass through. */
export interface AccountClient {
  stripeAccountId: string;
  call<T>(call: (stripe: Stripe) => Promise<T>): Promise<T>;
}

/** Observers of refresh outcomes (metrics, alerts). */
export interface RefreshObserver {
  refreshed(connectionId: string): void;
  refreshFailed(connectionId: string): void;
}

/** An access token and the stored token version it belongs to. */
interface AccessToken {
  value: string;
  version: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens Stripe clients for connected accounts with their stored tokens. Refreshes before
 * expiry and once after a 401; refreshes of one connection are serialized in this process
 * (one flight) and across processes (a lease in the database, taken by compare-and-set).
 */
export class ConnectedAccounts {
  private readonly inflight = new Map<string, Promise<AccessToken>>();

  constructor(
    private readonly cipher: TokenCipher,
    private readonly oauth: OAuthFlavor,
    private readonly clients: StripeClients,
    private readonly logger: Logger,
    private readonly observer: RefreshObserver = { refreshed() {}, refreshFailed() {} },
  ) {}

  /** Runs `call` for the connection's account; Stripe errors come back classified. */
  async run<T>(
    em: SqlEntityManager,
    connectionId: string,
    call: (stripe: Stripe) => Promise<T>,
  ): Promise<T> {
    const client = await this.open(em, connectionId);
    try {
      return await client.call(call);
    } catch (error) {
      throw classifyStripeError(error);
    }
  }

  /**
   * A client bound to the connection's current token, for many calls (a sync's pages).
   * Each call that meets a 401 refreshes once (where a refresh token exists) and retries.
   */
  async open(em: SqlEntityManager, connectionId: string): Promise<AccountClient> {
    const connection = await this.load(em, connectionId);
    const hasRefreshToken = Boolean(connection.refreshTokenCiphertext);
    let token = await this.currentToken(em, connection);
    let client = this.clients.forAccount(token.value);
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
          token = await this.refresh(em, connectionId, token.version);
          client = this.clients.forAccount(token.value);
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
  ): Promise<AccessToken> {
    const expiresAt = connection.accessTokenExpiresAt?.getTime();
    const expiring = expiresAt !== undefined && expiresAt - Date.now() < REFRESH_MARGIN_MS;
    if (expiring && connection.refreshTokenCiphertext) {
      return this.refresh(em, connection.id, connection.tokenVersion);
    }
    return { value: this.reveal(connection, 'access'), version: connection.tokenVersion };
  }

  /** Refreshes the tokens of version `seenVersion`, unless someone already stored newer ones. */
  private refresh(
    em: SqlEntityManager,
    connectionId: string,
    seenVersion: number,
  ): Promise<AccessToken> {
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
  ): Promise<AccessToken> {
    const connection = await this.load(em, connectionId);
    const version = connection.tokenVersion;
    if (version > seenVersion) return { value: this.reveal(connection, 'access'), version };
    const repository = new ConnectionRepository(em);
    const leaseUntil = new Date(Date.now() + REFRESH_LEASE_MS);
    if (!(await repository.claimRefresh(connectionId, version, leaseUntil))) {
      return this.adoptNewer(em, connectionId, version + 1);
    }
    let grant: TokenGrant;
    try {
      grant = await this.oauth.refresh(this.reveal(connection, 'refresh'));
    } catch (error) {
      this.observer.refreshFailed(connectionId);
      const code = error instanceof AppError ? error.code : ErrorCode.INTERNAL;
      this.logger.warn({ connectionId, code }, 'token refresh failed');
      if (code === ErrorCode.STRIPE_UNAVAILABLE) {
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
    return { value: grant.accessToken, version: version + 1 };
  }

  /** Waits for another refresh to store tokens of at least `version`, and returns them. */
  private async adoptNewer(
    em: SqlEntityManager,
    connectionId: string,
    version: number,
  ): Promise<AccessToken> {
    const deadline = Date.now() + ADOPT_WAIT_MS;
    for (;;) {
      const current = await this.load(em, connectionId);
      if (current.tokenVersion >= version) {
        return { value: this.reveal(current, 'access'), version: current.tokenVersion };
      }
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

  private reveal(connection: StripeConnectionEntity, which: 'access' | 'refresh'): string {
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
