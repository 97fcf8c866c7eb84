import { SignJWT } from 'jose';
import type { Role } from './identity.js';

/** Signs an HS256 token like CORA's, for demo links, tests and `npm run token`. */
export async function signDevToken(
  secret: Uint8Array,
  userId: string,
  role: Role,
  expiresIn = '12h',
): Promise<string> {
  return new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secret);
}
