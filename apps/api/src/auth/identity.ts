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

const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  role: z.enum(['user', 'support']).default('user'),
});

/** Verifies CORA's bearer tokens: HS256 with a shared secret, or RS256/ES256 from a JWKS. */
export class IdentityVerifier {
  private readonly jwks: JWTVerifyGetKey | undefined;

  constructor(private readonly config: AuthConfig) {
    this.jwks = config.kind === 'jwks' ? createRemoteJWKSet(new URL(config.url)) : undefined;
  }

  /** Parses an `Authorization` header value; throws UNAUTHENTICATED when missing or invalid. */
  async fromAuthorization(header: string | undefined | null): Promise<Identity> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (match?.[1] === undefined) throw unauthenticated('Missing bearer token');
    return this.verify(match[1]);
  }

  async verify(token: string): Promise<Identity> {
    try {
      const { payload } =
        this.config.kind === 'secret'
          ? await jwtVerify(token, this.config.secret, { algorithms: ['HS256'] })
          : await jwtVerify(token, this.jwks as JWTVerifyGetKey, {
              algorithms: ['RS256', 'ES256'],
            });
      const claims = claimsSchema.parse(payload);
      return { userId: claims.sub, role: claims.role };
    } catch {
      throw unauthenticated('Invalid or expired token');
    }
  }
}
