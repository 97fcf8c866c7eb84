import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../src/config/config.js';
import { EnvError, parseEnv } from '../src/config/env.js';
import { parseEncryptionKey, TokenCipher } from '../src/security/token-cipher.js';

const secrets = {
  AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
  TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  STRIPE_CLIENT_ID: `ca_${randomBytes(16).toString('hex')}`,
  STRIPE_CLIENT_SECRET: `sk_live_${randomBytes(48).toString('base64url')}`,
};

/** The variables `.env.example` sets (comments and blank values left out). */
function envExample(): Record<string, string> {
  const text = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Z_]+)=(\S*)/.exec(line);
    if (match?.[1] && match[2]) values[match[1]] = match[2];
  }
  return values;
}

const production = (overrides: Record<string, string>) => () =>
  buildConfig(parseEnv({ NODE_ENV: 'production', ...secrets, ...overrides }));

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

  it('refuses every placeholder of .env.example in production, naming each variable', () => {
    const example = envExample();
    expect(example['AUTH_JWT_SECRET']).toBe('at-least-32-characters-of-secret');
    // The example leaves the encryption key empty; give it one so the rest is what fails.
    const start = () =>
      buildConfig(
        parseEnv({ ...example, TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64') }),
      );
    expect(start).toThrow(EnvError);
    const message = (() => {
      try {
        start();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of [
      'AUTH_JWT_SECRET',
      'STRIPE_CLIENT_ID',
      'STRIPE_CLIENT_SECRET',
      'STRIPE_WEBHOOK_SECRET',
    ]) {
      expect(message).toMatch(new RegExp(`${name} is (the )?(placeholder|a placeholder)`));
    }
    // No secret value is echoed in the message.
    expect(message).not.toContain('at-least-32-characters-of-secret');
  });

  it('refuses low-entropy JWT secrets in production and accepts random 32-byte ones', () => {
    for (const weak of [
      'x'.repeat(40),
      'abc123'.repeat(8),
      '0123456789abcdef0123456789abcdef',
      'correct-horse-battery-staple-cora-2026',
      'our-company-jwt-signing-key-for-production',
      'MySuperSecretJwtKeyThatIsLongEnough!',
      randomBytes(16).toString('hex'),
    ]) {
      expect(production({ AUTH_JWT_SECRET: weak }), weak).toThrow(/AUTH_JWT_SECRET/);
    }
    for (const encoding of ['base64', 'base64url', 'hex'] as const) {
      const config = production({ AUTH_JWT_SECRET: randomBytes(32).toString(encoding) })();
      expect(config.production).toBe(true);
    }
    // Outside production the length rule alone applies (tests and local runs).
    expect(
      buildConfig(parseEnv({ NODE_ENV: 'test', ...secrets, AUTH_JWT_SECRET: 'x'.repeat(40) }))
        .production,
    ).toBe(false);
  });

  it('refuses placeholder Stripe secrets and an all-alike encryption key in production', () => {
    expect(production({ STRIPE_CLIENT_SECRET: 'sk_live_platform_key' })).toThrow(
      /STRIPE_CLIENT_SECRET looks guessable/,
    );
    expect(production({ STRIPE_WEBHOOK_SECRET: 'whsec_test_secret_value' })).toThrow(
      /STRIPE_WEBHOOK_SECRET/,
    );
    expect(
      production({ STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}` })()
        .production,
    ).toBe(true);
    expect(production({ TOKEN_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') })).toThrow(
      /TOKEN_ENCRYPTION_KEY has too few distinct bytes/,
    );
  });

  it('resolves the token policy: a day by default, a week in demo mode, issuer and audience', () => {
    expect(production({})().auth).toMatchObject({ maxLifetimeSeconds: 86_400 });
    expect(
      production({
        AUTH_JWT_MAX_LIFETIME_SECONDS: '3600',
        AUTH_JWT_ISSUER: 'https://auth.cora.test/',
        AUTH_JWT_AUDIENCE: 'cora-stripe',
      })().auth,
    ).toMatchObject({
      maxLifetimeSeconds: 3600,
      issuer: 'https://auth.cora.test/',
      audience: 'cora-stripe',
    });
    const demo = buildConfig(parseEnv({ STRIPE_CLIENT_ID: 'ca_x', STRIPE_CLIENT_SECRET: 'sk_x' }), {
      demoSecrets: {
        authJwtSecret: randomBytes(32).toString('base64url'),
        tokenEncryptionKey: randomBytes(32).toString('base64'),
      },
    });
    expect(demo.auth.maxLifetimeSeconds).toBe(7 * 86_400);
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
