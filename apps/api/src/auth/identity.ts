import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import {
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  type AuthKey,
  type TokenPolicy,
} from '../config/config.js';
import { unauthenticated } from '../errors/app-error.js';

export type Role = 'user' | 'support';

/** Who is calling: the CORA user id (`sub`) and their role. */
export interface Identity {
  userId: string;
  role: Role;
}

/** A verified identity and when its token expires (epoch ms; null when it never does). */
export interface Session {
  identity: Identity;
  expiresAt: number | null;
}

/** How far the issuer's clock may run ahead of ours (`iat` and the lifetime checks). */
export const CLOCK_SKEW_SECONDS = 60;

const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  role: z.enum(['user', 'support']).default('user'),
  exp: z.number().optional(),
});

/** Refuses lifetimes longer than the policy allows and `iat` from the future. */
function checkLifetime(payload: JWTPayload, maxLifetimeSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp as number; // required by jwtVerify below
  if (payload.iat !== undefined) {
    if (payload.iat > now + CLOCK_SKEW_SECONDS) throw new Error('iat is in the future');
    if (exp - payload.iat > maxLifetimeSeconds) throw new Error('lifetime too long');
  }
  if (exp - now > maxLifetimeSeconds + CLOCK_SKEW_SECONDS) throw new Error('exp too far ahead');
}

/**
 * Verifies CORA's bearer tokens: HS256 with a shared secret, or RS256/ES256 from a JWKS.
 * Every token carries `exp`, lives no longer than the policy's maximum, has no `iat` in the
 * future and, when configured, names our issuer and audience.
 */
export class IdentityVerifier {
  private readonly jwks: JWTVerifyGetKey | undefined;
  private readonly policy: TokenPolicy;
  private readonly byRequest = new WeakMap<IncomingMessage, Promise<Identity>>();

  constructor(private readonly config: AuthKey & Partial<TokenPolicy>) {
    this.jwks = config.kind === 'jwks' ? createRemoteJWKSet(new URL(config.url)) : undefined;
    this.policy = {
      maxLifetimeSeconds: config.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
      issuer: config.issuer,
      audience: config.audience,
    };
  }

  /**
   * The caller of an HTTP request, verified once however many guards ask (admission, then
   * GraphQL or REST); rejects with UNAUTHENTICATED like {@link fromAuthorization}.
   */
  fromRequest(req: IncomingMessage): Promise<Identity> {
    let identity = this.byRequest.get(req);
    if (identity === undefined) {
      identity = this.fromAuthorization(req.headers.authorization);
      this.byRequest.set(req, identity);
    }
    return identity;
  }

  /** Parses an `Authorization` header value; throws UNAUTHENTICATED when missing or invalid. */
  async fromAuthorization(header: string | undefined | null): Promise<Identity> {
    return (await this.sessionFromAuthorization(header)).identity;
  }

  async verify(token: string): Promise<Identity> {
    return (await this.verifySession(token)).identity;
  }

  /** Like {@link fromAuthorization}, with the token's expiry: a socket ends with its token. */
  async sessionFromAuthorization(header: string | undefined | null): Promise<Session> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (match?.[1] === undefined) throw unauthenticated('Missing bearer token');
    return this.verifySession(match[1]);
  }

  async verifySession(token: string): Promise<Session> {
    const options = {
      // No leeway past `exp`: a token ends at the same instant on HTTP and on the socket.
      requiredClaims: ['exp'],
      ...(this.policy.issuer === undefined ? {} : { issuer: this.policy.issuer }),
      ...(this.policy.audience === undefined ? {} : { audience: this.policy.audience }),
    };
    try {
      const { payload } =
        this.config.kind === 'secret'
          ? await jwtVerify(token, this.config.secret, { ...options, algorithms: ['HS256'] })
          : await jwtVerify(token, this.jwks as JWTVerifyGetKey, {
              ...options,
              algorithms: ['RS256', 'ES256'],
            });
      checkLifetime(payload, this.policy.maxLifetimeSeconds);
      const claims = claimsSchema.parse(payload);
      return {
        identity: { userId: claims.sub, role: claims.role },
        expiresAt: claims.exp === undefined ? null : claims.exp * 1000,
      };
    } catch {
      throw unauthenticated('Invalid or expired token');
    }
  }
}
