import type { Account } from '../store/account.js';
import type { Flavor, Grant, GrantLifetimes, Platform, TokenSet } from './types.js';
import type { Clock } from '../util/clock.js';
import { randomToken } from '../util/ids.js';
import { OAuthError } from '../http/errors.js';
import { digest, maskKey } from '../util/secrets.js';

interface Code {
  platform: Platform;
  account: Account;
  flavor: Flavor;
  scope: string;
  createdAt: number;
  used: boolean;
}

const connectionKey = (platform: Platform, account: Account): string =>
  `${platform.clientId} ${account.id}`;

/** Platforms, authorization codes and tokens; secrets are held as digests only. */
export class Grants {
  private readonly platforms = new Map<string, Platform>();
  private readonly platformKeys = new Map<string, Platform>();
  private readonly tokens = new Map<string, Grant>();
  private readonly codes = new Map<string, Code>();
  private readonly connections = new Map<string, Grant[]>();

  constructor(
    private readonly clock: Clock,
    readonly lifetimes: GrantLifetimes,
  ) {}

  addPlatform(platform: Platform, secretKey: string): Platform {
    if (this.platforms.has(platform.clientId))
      throw new RangeError(`Platform ${platform.clientId} exists`);
    this.platforms.set(platform.clientId, platform);
    this.platformKeys.set(digest(secretKey), platform);
    return platform;
  }

  platform(clientId: string): Platform | undefined {
    return this.platforms.get(clientId);
  }

  platformByKey(key: string): Platform | undefined {
    return this.platformKeys.get(digest(key));
  }

  grant(key: string): Grant | undefined {
    return this.tokens.get(digest(key));
  }

  isConnected(platform: Platform, account: Account): boolean {
    return (
      this.connections.get(connectionKey(platform, account))?.some((grant) => !grant.revoked) ??
      false
    );
  }

  issueCode(platform: Platform, account: Account, flavor: Flavor, scope: string): string {
    const code = `ac_${randomToken(32)}`;
    this.codes.set(digest(code), {
      platform,
      account,
      flavor,
      scope,
      createdAt: this.clock.now(),
      used: false,
    });
    return code;
  }

  /** Exchanges a code once, within its lifetime, for tokens. */
  redeemCode(platform: Platform, code: string, flavor: Flavor): TokenSet {
    const entry = this.codes.get(digest(code));
    if (entry === undefined || entry.platform !== platform || entry.flavor !== flavor) {
      throw new OAuthError(
        400,
        'invalid_grant',
        `Authorization code does not exist: ${maskKey(code)}`,
      );
    }
    if (entry.used) {
      throw new OAuthError(
        400,
        'invalid_grant',
        `Authorization code has already been used: ${maskKey(code)}`,
      );
    }
    if (this.clock.now() - entry.createdAt > this.lifetimes.code) {
      throw new OAuthError(400, 'invalid_grant', `Authorization code expired: ${maskKey(code)}`);
    }
    entry.used = true;
    return this.issue(platform, entry.account, flavor, entry.scope);
  }

  /** Connect: a new access token, same refresh token. Apps: both new; the old refresh token dies. */
  refresh(platform: Platform, refreshToken: string, flavor: Flavor): TokenSet {
    const grant = this.tokens.get(digest(refreshToken));
    const invalid = (why: string): OAuthError =>
      new OAuthError(400, 'invalid_grant', `${why}: ${maskKey(refreshToken)}`);
    if (grant?.kind !== 'refresh' || grant.platform !== platform || grant.flavor !== flavor) {
      throw invalid('Invalid refresh token');
    }
    if (grant.revoked) throw invalid('Refresh token has been revoked');
    if (grant.used) throw invalid('Refresh token has already been used');
    if (flavor === 'connect') {
      const access = this.store('access', grant.platform, grant.account, flavor, grant.scope);
      return this.tokenSet(grant.account, grant.scope, access, refreshToken, null);
    }
    grant.used = true;
    return this.issue(platform, grant.account, flavor, grant.scope);
  }

  /** Issues a fresh access and refresh token (the browser flow's end, or a test shortcut). */
  issue(platform: Platform, account: Account, flavor: Flavor, scope: string): TokenSet {
    const access = this.store('access', platform, account, flavor, scope);
    const refresh = this.store('refresh', platform, account, flavor, scope);
    const lifetime = flavor === 'apps' ? this.lifetimes.appsAccessToken : null;
    return this.tokenSet(account, scope, access, refresh, lifetime);
  }

  /**
   * Makes tokens an earlier run of the sandbox issued work again, unchanged (a restart that
   * keeps the connected app's stored tokens). `accessExpiresAt` is sandbox time, or null.
   */
  adopt(
    platform: Platform,
    account: Account,
    flavor: Flavor,
    scope: string,
    tokens: { access: string; refresh: string | null; accessExpiresAt: number | null },
  ): void {
    this.keep(tokens.access, {
      kind: 'access',
      platform,
      account,
      flavor,
      scope,
      expiresAt: tokens.accessExpiresAt,
    });
    if (tokens.refresh !== null) {
      this.keep(tokens.refresh, {
        kind: 'refresh',
        platform,
        account,
        flavor,
        scope,
        expiresAt: null,
      });
    }
  }

  /** Revokes every token of a connection; returns how many were live. */
  revoke(platform: Platform, account: Account): number {
    let count = 0;
    for (const grant of this.connections.get(connectionKey(platform, account)) ?? []) {
      if (!grant.revoked) count += 1;
      grant.revoked = true;
    }
    return count;
  }

  /** Platforms connected to an account right now. */
  platformsOf(account: Account): Platform[] {
    return [...this.platforms.values()].filter((platform) => this.isConnected(platform, account));
  }

  private store(
    kind: Grant['kind'],
    platform: Platform,
    account: Account,
    flavor: Flavor,
    scope: string,
  ): string {
    const mode = account.livemode ? 'live' : 'test';
    const token = kind === 'access' ? `sk_${mode}_51${randomToken(48)}` : `rt_${randomToken(48)}`;
    const expiresAt =
      kind === 'access' && flavor === 'apps'
        ? this.clock.now() + this.lifetimes.appsAccessToken
        : null;
    this.keep(token, { kind, platform, account, flavor, scope, expiresAt });
    return token;
  }

  private keep(token: string, fields: Omit<Grant, 'revoked' | 'used'>): void {
    const grant: Grant = { ...fields, revoked: false, used: false };
    this.tokens.set(digest(token), grant);
    const key = connectionKey(fields.platform, fields.account);
    const list = this.connections.get(key) ?? [];
    list.push(grant);
    this.connections.set(key, list);
  }

  private tokenSet(
    account: Account,
    scope: string,
    access: string,
    refresh: string,
    lifetime: number | null,
  ): TokenSet {
    const mode = account.livemode ? 'live' : 'test';
    return {
      access_token: access,
      refresh_token: refresh,
      token_type: 'bearer',
      stripe_user_id: account.id,
      stripe_publishable_key: `pk_${mode}_51${account.id.slice(5)}Sandbox`,
      scope,
      livemode: account.livemode,
      ...(lifetime === null ? {} : { expires_in: lifetime }),
    };
  }
}
