import { SignJWT } from 'jose';
import type { Role } from './identity.js';

/** The `iss` and `aud` a dev token carries, to match `AUTH_JWT_ISSUER` / `AUTH_JWT_AUDIENCE`. */
export interface DevTokenClaims {
  issuer?: string | undefined;
  audience?: string | undefined;
}

/**
 * Signs an HS256 token like CORA's, for demo links, tests and `npm run token`. Its lifetime
 * must fit the API's `AUTH_JWT_MAX_LIFETIME_SECONDS` (a day by default, a week in demo mode).
 */
export async function signDevToken(
  secret: Uint8Array,
  userId: string,
  role: Role,
  expiresIn = '12h',
  claims: DevTokenClaims = {},
): Promise<string> {
  const jwt = new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (claims.issuer !== undefined) jwt.setIssuer(claims.issuer);
  if (claims.audience !== undefined) jwt.setAudience(claims.audience);
  return jwt.sign(secret);
}
