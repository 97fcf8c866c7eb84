import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { AuthConfig } from '../config/config.js';
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

const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  role: z.enum(['user', 'support']).default('user'),
  exp: z.number().optional(),
});

/** Verifies CORA's bearer tokens: HS256 with a shared secret, or RS256/ES256 from a JWKS. */
export class IdentityVerifier {
  private readonly jwks: JWTVerifyGetKey | undefined;

  constructor(private readonly config: AuthConfig) {
    this.jwks = config.kind === 'jwks' ? createRemoteJWKSet(new URL(config.url)) : undefined;
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
    try {
      const { payload } =
        this.config.kind === 'secret'
          ? await jwtVerify(token, this.config.secret, { algorithms: ['HS256'] })
          : await jwtVerify(token, this.jwks as JWTVerifyGetKey, {
              algorithms: ['RS256', 'ES256'],
            });
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
