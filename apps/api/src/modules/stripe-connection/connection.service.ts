import type { SqlEntityManager } from '@mikro-orm/knex';
import { ConnectionStatus } from '@cora/core';
import {
  ConnectionRepository,
  OAuthFlavor as StoredFlavor,
  type StripeConnectionEntity,
} from '@cora/db';
import type { Logger } from 'pino';
import { AppError, ErrorCode } from '../../errors/app-error.js';
import type { TokenCipher } from '../../security/token-cipher.js';
import type { ConnectedAccounts } from '../stripe/connected-accounts.js';
import type { OAuthFlavor } from '../stripe/oauth.js';
import type { OAuthStateService } from './oauth-state.service.js';
import { ConnectionTestOutcome } from './connection.types.js';

/** Called after a connection is made, to start its INITIAL sync. */
export type ConnectedHook = (connection: StripeConnectionEntity) => void;

export interface ConnectionTest {
  outcome: ConnectionTestOutcome;
  message: string;
  stripeAccountId: string | null;
}

const TEST_MESSAGES: Record<ConnectionTestOutcome, string> = {
  OK: 'The connection works and charges can be read.',
  AUTH: 'Stripe no longer accepts this connection; reconnect your Stripe account.',
  PERMISSION:
    'The connection works but cannot read charges; reconnect and grant read access to charges.',
  UNAVAILABLE: 'Stripe did not answer; try again in a few minutes.',
  NOT_CONNECTED: 'No Stripe account is connected yet; connect one first.',
};

/** The connection lifecycle: authorize, complete, status, test, disconnect. */
export class ConnectionService {
  private onConnected: ConnectedHook = () => {};

  constructor(
    private readonly oauth: OAuthFlavor,
    private readonly states: OAuthStateService,
    private readonly cipher: TokenCipher,
    private readonly accounts: ConnectedAccounts,
    private readonly syncIntervalMs: number,
    private readonly logger: Logger,
  ) {}

  /** Registers what happens once a user has connected (the sync engine's INITIAL run). */
  setConnectedHook(hook: ConnectedHook): void {
    this.onConnected = hook;
  }

  async authorizeUrl(em: SqlEntityManager, userId: string): Promise<string> {
    return this.oauth.authorizeUrl(await this.states.issue(em, userId));
  }

  /**
   * Validates the state, exchanges the code and stores the connection with its tokens
   * sealed. `expectedUserId` binds the state to the caller when there is one (mutation).
   */
  async complete(
    em: SqlEntityManager,
    input: { code: string; state: string; expectedUserId?: string },
  ): Promise<StripeConnectionEntity> {
    if (!/^[\w-]{1,200}$/.test(input.code)) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'The authorization code is malformed');
    }
    const userId = await this.states.consume(em, input.state, input.expectedUserId);
    const grant = await this.oauth.exchangeCode(input.code);
    const access = this.cipher.seal(grant.accessToken);
    const refresh = grant.refreshToken === null ? null : this.cipher.seal(grant.refreshToken);
    const connection = await new ConnectionRepository(em).saveConnected({
      userId,
      stripeAccountId: grant.stripeAccountId,
      livemode: grant.livemode,
      scope: grant.scope,
      flavor: this.oauth.name === 'apps' ? StoredFlavor.APPS : StoredFlavor.CONNECT,
      accessTokenCiphertext: access.ciphertext,
      refreshTokenCiphertext: refresh?.ciphertext ?? null,
      tokenKeyId: access.keyId,
      accessTokenExpiresAt: grant.expiresAt,
      nextSyncAt: new Date(Date.now() + this.syncIntervalMs),
    });
    this.logger.info({ userId, stripeAccountId: grant.stripeAccountId }, 'stripe connected');
    this.onConnected(connection);
    return connection;
  }

  find(em: SqlEntityManager, userId: string): Promise<StripeConnectionEntity | null> {
    return new ConnectionRepository(em).findByUserId(userId);
  }

  /**
   * Wipes the user's tokens and keeps the books. Idempotent. Stripe's deauthorize revokes the
   * platform's access to the account for every CORA user connected to it, so it is called
   * only when no other CONNECTED connection uses the account; other users' connections are
   * never touched.
   */
  async disconnect(em: SqlEntityManager, userId: string): Promise<StripeConnectionEntity | null> {
    const repository = new ConnectionRepository(em);
    const connection = await repository.findByUserId(userId);
    if (connection === null || connection.status === ConnectionStatus.DISCONNECTED)
      return connection;
    const account = connection.accessTokenCiphertext ? connection.stripeAccountId : null;
    const shared = account ? await repository.countOtherActive(account, connection.id) : 0;
    // Revoked before the row changes, so a failure leaves the connection as it was to retry.
    if (account && shared === 0) await this.oauth.deauthorize(account);
    await repository.markDisconnected(connection.id);
    // The others may have disconnected meanwhile: whoever is last revokes.
    if (account && shared > 0 && (await repository.countOtherActive(account, connection.id)) === 0)
      await this.deauthorizeLast(account);
    this.logger.info(
      { userId, stripeAccountId: connection.stripeAccountId, sharedWith: shared },
      'stripe disconnected',
    );
    return repository.findByUserId(userId);
  }

  private async deauthorizeLast(stripeAccountId: string): Promise<void> {
    try {
      await this.oauth.deauthorize(stripeAccountId);
    } catch (error) {
      this.logger.warn({ err: error, stripeAccountId }, 'could not deauthorize at Stripe');
    }
  }

  /** One cheap call and one charge read with the stored token. */
  async test(em: SqlEntityManager, userId: string): Promise<ConnectionTest> {
    const connection = await this.find(em, userId);
    const result = (outcome: ConnectionTestOutcome): ConnectionTest => ({
      outcome,
      message: TEST_MESSAGES[outcome],
      stripeAccountId: connection?.stripeAccountId ?? null,
    });
    if (connection === null || connection.status === ConnectionStatus.DISCONNECTED) {
      return result(ConnectionTestOutcome.NOT_CONNECTED);
    }
    try {
      await this.accounts.run(em, connection.id, async (stripe) => {
        await stripe.accounts.retrieveCurrent();
        await stripe.charges.list({ limit: 1 });
      });
      return result(ConnectionTestOutcome.OK);
    } catch (error) {
      const code = error instanceof AppError ? error.code : ErrorCode.INTERNAL;
      if (code === ErrorCode.STRIPE_AUTH) return result(ConnectionTestOutcome.AUTH);
      if (code === ErrorCode.STRIPE_PERMISSION) return result(ConnectionTestOutcome.PERMISSION);
      if (code === ErrorCode.STRIPE_UNAVAILABLE || code === ErrorCode.STRIPE_RATE_LIMITED) {
        return result(ConnectionTestOutcome.UNAVAILABLE);
      }
      throw error;
    }
  }
}
