import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../src/config/config.js';
import { EnvError, parseEnv } from '../src/config/env.js';
import { parseEncryptionKey, TokenCipher } from '../src/security/token-cipher.js';

const secrets = {
  AUTH_JWT_SECRET: 'x'.repeat(40),
  TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  STRIPE_CLIENT_ID: 'ca_live_platform',
  STRIPE_CLIENT_SECRET: 'sk_live_platform_key',
};

describe('configuration', () => {
  it('refuses to start in production without real secrets, naming each one', () => {
    expect(() => buildConfig(parseEnv({ NODE_ENV: 'production' }))).toThrow(EnvError);
    try {
      buildConfig(parseEnv({ NODE_ENV: 'production' }));
    } catch (error) {
      const message = (error as Error).message;
      for (const name of [
        'AUTH_JWT_SECRET',
        'TOKEN_ENCRYPTION_KEY',
        'STRIPE_CLIENT_ID',
        'STRIPE_CLIENT_SECRET',
      ]) {
        expect(message).toContain(name);
      }
    }
    expect(() =>
      buildConfig(
        parseEnv({
          NODE_ENV: 'production',
          ...secrets,
          STRIPE_CLIENT_SECRET: 'sk_test_sandbox_CoraDemo',
        }),
      ),
    ).toThrow(/sandbox key/);
    expect(() =>
      buildConfig(parseEnv({ NODE_ENV: 'production', ...secrets, AUTH_JWT_SECRET: 'short' })),
    ).toThrow(/at least 32/);
    expect(() =>
      buildConfig(
        parseEnv({ NODE_ENV: 'production', ...secrets, TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=' }),
      ),
    ).toThrow(/32 bytes/);
    expect(buildConfig(parseEnv({ NODE_ENV: 'production', ...secrets })).production).toBe(true);
  });

  it('rejects malformed values with a clear message', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ STRIPE_OAUTH_FLAVOR: 'magic' })).toThrow(/STRIPE_OAUTH_FLAVOR/);
    expect(() => parseEnv({ FRONTEND_URL: 'not a url' })).toThrow(/FRONTEND_URL/);
  });

  it('refuses demo mode in production', () => {
    expect(() =>
      buildConfig(parseEnv({ NODE_ENV: 'production', ...secrets }), {
        demoSecrets: {
          authJwtSecret: 'y'.repeat(40),
          tokenEncryptionKey: secrets.TOKEN_ENCRYPTION_KEY,
        },
      }),
    ).toThrow(/Demo mode/);
  });
});

describe('token encryption at rest', () => {
  it('round-trips, never stores the plaintext, and detects tampering', () => {
    const cipher = new TokenCipher(parseEncryptionKey(randomBytes(32).toString('base64')));
    const sealed = cipher.seal('sk_test_51SecretAccessToken');
    expect(sealed.ciphertext).not.toContain('SecretAccessToken');
    expect(cipher.open(sealed)).toBe('sk_test_51SecretAccessToken');
    expect(cipher.seal('same').ciphertext).not.toBe(cipher.seal('same').ciphertext);
    const [iv, tag, body] = sealed.ciphertext.split('.');
    const flipped = `${iv}.${tag}.${(body ?? '').slice(0, -2)}AA`;
    expect(() => cipher.open({ ...sealed, ciphertext: flipped })).toThrow();
  });

  it('opens tokens sealed with a previous key after rotation', () => {
    const old = parseEncryptionKey(randomBytes(32).toString('base64'));
    const current = parseEncryptionKey(randomBytes(32).toString('base64'));
    const sealed = new TokenCipher(old).seal('rt_refresh');
    expect(new TokenCipher(current, [old]).open(sealed)).toBe('rt_refresh');
    expect(() => new TokenCipher(current).open(sealed)).toThrow(/No encryption key/);
    expect(new TokenCipher(current, [old]).seal('new').keyId).toBe(current.id);
  });
});
