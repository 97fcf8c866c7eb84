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
import { newBrowserSecret, type OAuthStateService } from './oauth-state.service.js';
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

function checkCode(code: string): void {
  if (!/^[\w-]{1,200}$/.test(code)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'The authorization code is malformed');
  }
}

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

  /**
   * An authorize URL whose state is bound to the user only: the callback hands the code to
   * the frontend, which finishes with `complete` under the user's identity.
   */
  async authorizeUrl(em: SqlEntityManager, userId: string): Promise<string> {
    return this.oauth.authorizeUrl(await this.states.issue(em, userId));
  }

  /**
   * An authorize URL whose state is also bound to the calling browser: `browserSecret` goes
   * into that browser's cookie, and the callback finishes the flow for it alone.
   */
  async authorizeForBrowser(
    em: SqlEntityManager,
    userId: string,
  ): Promise<{ url: string; browserSecret: string }> {
    const browserSecret = newBrowserSecret();
    const state = await this.states.issue(em, userId, browserSecret);
    return { url: this.oauth.authorizeUrl(state), browserSecret };
  }

  /**
   * Validates the state, exchanges the code and stores the connection with its tokens
   * sealed. `expectedUserId` is the signed-in caller (mutation): only the state's own user
   * may finish it.
   */
  async complete(
    em: SqlEntityManager,
    input: { code: string; state: string; expectedUserId: string },
  ): Promise<StripeConnectionEntity> {
    checkCode(input.code);
    const userId = await this.states.consume(em, input.state, input.expectedUserId);
    return this.connect(em, userId, input.code);
  }

  /**
   * The callback, where nobody is signed in: finishes the flow only in the browser that
   * started it (its cookie matches the state's binding). In any other browser nothing is
   * exchanged and null is returned: the frontend gets the code and finishes it with
   * `complete`, which only the state's user can do (RFC 6749 §10.12, RFC 9700 §4.7).
   */
  async completeInBrowser(
    em: SqlEntityManager,
    input: { code: string; state: string; browserSecret: string | undefined },
  ): Promise<StripeConnectionEntity | null> {
    checkCode(input.code);
    const check = await this.states.consumeInBrowser(em, input.state, input.browserSecret);
    if (check.kind === 'other-browser') return null;
    return this.connect(em, check.userId, input.code);
  }

  private async connect(
    em: SqlEntityManager,
    userId: string,
    code: string,
  ): Promise<StripeConnectionEntity> {
    const grant = await this.oauth.exchangeCode(code);
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
    if (account && shared === 0) await this.deauthorizeOwn(repository, connection.id, account);
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

  /**
   * Revokes at Stripe with the disconnect noted as pending first: Stripe's
   * `account.application.deauthorized` may arrive before the row is marked, and must not be
   * taken for a revoke made from the Stripe dashboard.
   */
  private async deauthorizeOwn(
    repository: ConnectionRepository,
    connectionId: string,
    stripeAccountId: string,
  ): Promise<void> {
    await repository.markDisconnectPending(connectionId, true);
    try {
      await this.oauth.deauthorize(stripeAccountId);
    } catch (error) {
      await repository.markDisconnectPending(connectionId, false);
      throw error;
    }
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
