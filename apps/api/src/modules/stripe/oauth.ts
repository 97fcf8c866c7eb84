import Stripe from 'stripe';
import { z } from 'zod';
import type { StripeConfig } from '../../config/config.js';
import { AppError, ErrorCode } from '../../errors/app-error.js';
import type { StripeClients } from './stripe-clients.js';

/** What a code exchange or a refresh grants; tokens are plaintext only in memory. */
export interface TokenGrant {
  accessToken: string;
  refreshToken: string | null;
  stripeAccountId: string;
  scope: string | null;
  livemode: boolean;
  expiresAt: Date | null;
}

/** One OAuth flavor: Stripe Connect OAuth, or Stripe Apps OAuth 2.0. */
export interface OAuthFlavor {
  readonly name: 'connect' | 'apps';
  authorizeUrl(state: string): string;
  exchangeCode(code: string): Promise<TokenGrant>;
  refresh(refreshToken: string): Promise<TokenGrant>;
  /** Revokes the platform's access at Stripe where the flavor allows it. */
  deauthorize(stripeAccountId: string): Promise<void>;
}

const grantSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).nullish(),
  stripe_user_id: z.string().min(1),
  scope: z.string().nullish(),
  livemode: z.boolean().default(false),
  expires_in: z.number().int().positive().nullish(),
});

const APPS_ACCESS_TOKEN_SECONDS = 3600;

function toGrant(raw: unknown, defaultLifetimeSeconds: number | null): TokenGrant {
  const parsed = grantSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(ErrorCode.STRIPE_OAUTH, 'Stripe answered the token request unexpectedly');
  }
  const lifetime = parsed.data.expires_in ?? defaultLifetimeSeconds;
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token ?? null,
    stripeAccountId: parsed.data.stripe_user_id,
    scope: parsed.data.scope ?? null,
    livemode: parsed.data.livemode,
    expiresAt: lifetime === null ? null : new Date(Date.now() + lifetime * 1000),
  };
}

/** Maps Stripe's OAuth failures to safe errors; `invalid_grant` means reconnect. */
export function oauthError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Stripe.errors.StripeError) {
    if (error.type === 'StripeInvalidGrantError' || error.code === 'invalid_grant') {
      return new AppError(
        ErrorCode.STRIPE_AUTH,
        'Stripe no longer accepts this authorization; reconnect your Stripe account',
        { cause: error },
      );
    }
    if (error.type === 'StripeConnectionError' || (error.statusCode ?? 0) >= 500) {
      return new AppError(ErrorCode.STRIPE_UNAVAILABLE, 'Stripe is unavailable; try again', {
        cause: error,
      });
    }
  }
  return new AppError(ErrorCode.STRIPE_OAUTH, 'Stripe refused the authorization request', {
    cause: error,
  });
}

async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw oauthError(error);
  }
}

/** The integration guide's flow: Stripe Connect OAuth (`read_only`: CORA never writes to Stripe; long-lived tokens). */
export class ConnectOAuth implements OAuthFlavor {
  readonly name = 'connect';

  constructor(
    private readonly config: StripeConfig,
    private readonly clients: StripeClients,
  ) {}

  authorizeUrl(state: string): string {
    const url = new URL(`${this.config.connectBase}/oauth/authorize`);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.clientId,
      scope: 'read_only',
      state,
      redirect_uri: this.config.redirectUri,
    }).toString();
    return url.toString();
  }

  exchangeCode(code: string): Promise<TokenGrant> {
    return guarded(async () =>
      toGrant(
        await this.clients
          .platformConnect()
          .oauth.token({ grant_type: 'authorization_code', code }),
        null,
      ),
    );
  }

  refresh(refreshToken: string): Promise<TokenGrant> {
    return guarded(async () =>
      toGrant(
        await this.clients
          .platformConnect()
          .oauth.token({ grant_type: 'refresh_token', refresh_token: refreshToken }),
        null,
      ),
    );
  }

  async deauthorize(stripeAccountId: string): Promise<void> {
    try {
      await this.clients
        .platformConnect()
        .oauth.deauthorize({ client_id: this.config.clientId, stripe_user_id: stripeAccountId });
    } catch (error) {
      // Already revoked at Stripe: the outcome the caller wants.
      if (oauthError(error).code === ErrorCode.STRIPE_UNAVAILABLE) throw oauthError(error);
    }
  }
}

/** Stripe Apps OAuth 2.0: one-hour access tokens and refresh tokens that rotate on use. */
export class AppsOAuth implements OAuthFlavor {
  readonly name = 'apps';

  constructor(
    private readonly config: StripeConfig,
    private readonly clients: StripeClients,
  ) {}

  authorizeUrl(state: string): string {
    const url = new URL(this.config.appsAuthorizeUrl);
    url.searchParams.set('client_id', this.config.clientId);
    url.searchParams.set('redirect_uri', this.config.redirectUri);
    url.searchParams.set('state', state);
    return url.toString();
  }

  exchangeCode(code: string): Promise<TokenGrant> {
    return this.token({ grant_type: 'authorization_code', code });
  }

  refresh(refreshToken: string): Promise<TokenGrant> {
    return this.token({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  /** Apps are uninstalled by the account owner in Stripe; there is no API to revoke. */
  async deauthorize(): Promise<void> {}

  private token(params: Record<string, string>): Promise<TokenGrant> {
    return guarded(async () => {
      const response: unknown = await this.clients
        .platformApi()
        .rawRequest('POST', '/v1/oauth/token', params);
      return toGrant(response, APPS_ACCESS_TOKEN_SECONDS);
    });
  }
}

export function createOAuthFlavor(config: StripeConfig, clients: StripeClients): OAuthFlavor {
  return config.flavor === 'apps'
    ? new AppsOAuth(config, clients)
    : new ConnectOAuth(config, clients);
}
