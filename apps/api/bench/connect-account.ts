import { ConnectionRepository, OAuthFlavor, type Orm } from '@cora/db';
import type { TokenCipher } from '../src/security/token-cipher.js';
import type { SandboxProcess } from './sandbox-process.js';

/**
 * Connects a sandbox account for `userId` the way the OAuth callback would store it (tokens
 * sealed), without a browser; returns the connection's id.
 */
export async function connectAccount(
  orm: Orm,
  cipher: TokenCipher,
  sandbox: SandboxProcess,
  userId: string,
  account: string,
): Promise<string> {
  const tokens = await sandbox.control<{ access_token: string; refresh_token: string }>(
    'POST',
    `/accounts/${account}/connect`,
    {},
  );
  const access = cipher.seal(tokens.access_token);
  const connection = await new ConnectionRepository(orm.em.fork()).saveConnected({
    userId,
    stripeAccountId: account,
    livemode: false,
    scope: 'read_write',
    flavor: OAuthFlavor.CONNECT,
    accessTokenCiphertext: access.ciphertext,
    refreshTokenCiphertext: cipher.seal(tokens.refresh_token).ciphertext,
    tokenKeyId: access.keyId,
    accessTokenExpiresAt: null,
  });
  return connection.id;
}
