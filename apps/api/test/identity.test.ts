import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { signDevToken } from '../src/auth/dev-token.js';
import { IdentityVerifier } from '../src/auth/identity.js';
import { createLogger, scrubSecrets } from '../src/http/logger.js';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

describe('identity from CORA’s JWKS (RS256 / ES256)', () => {
  let server: Server;
  let url: string;
  const keys: Record<string, PrivateKey> = {};

  beforeAll(async () => {
    const rsa = await generateKeyPair('RS256');
    const ec = await generateKeyPair('ES256');
    keys['RS256'] = rsa.privateKey;
    keys['ES256'] = ec.privateKey;
    const jwks = {
      keys: [
        { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
        { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      ],
    };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sign = (alg: 'RS256' | 'ES256', kid: string, claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg, kid })
      .setSubject('cora-user-9')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(keys[alg] as PrivateKey);

  it('accepts tokens signed by a key of the set, with their role', async () => {
    const verifier = new IdentityVerifier({ kind: 'jwks', url });
    expect(
      await verifier.fromAuthorization(
        `Bearer ${await sign('RS256', 'rsa-1', { role: 'support' })}`,
      ),
    ).toEqual({
      userId: 'cora-user-9',
      role: 'support',
    });
    expect(await verifier.verify(await sign('ES256', 'ec-1', {}))).toEqual({
      userId: 'cora-user-9',
      role: 'user',
    });
  });

  it('refuses HS256, unknown keys, unknown roles and expired tokens as UNAUTHENTICATED', async () => {
    const verifier = new IdentityVerifier({ kind: 'jwks', url });
    const hs = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .sign(new TextEncoder().encode('k'.repeat(32)));
    const other = await generateKeyPair('ES256');
    const foreign = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: 'ec-1' })
      .setSubject('x')
      .setExpirationTime('5m')
      .sign(other.privateKey);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', kid: 'ec-1' })
      .setSubject('x')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(keys['ES256'] as PrivateKey);
    for (const token of [hs, foreign, expired, await sign('ES256', 'ec-1', { role: 'admin' })]) {
      await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    await expect(verifier.fromAuthorization('Basic abc')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('identity from an HS256 secret: lifetime, iat, issuer and audience', () => {
  const secret = new TextEncoder().encode(randomBytes(32).toString('base64url'));
  const now = () => Math.floor(Date.now() / 1000);
  const token = (claims: { iat?: number; exp?: number; iss?: string; aud?: string }) => {
    const jwt = new SignJWT({ role: 'support' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('cora-user-1');
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
    if (claims.iss !== undefined) jwt.setIssuer(claims.iss);
    if (claims.aud !== undefined) jwt.setAudience(claims.aud);
    return jwt.sign(secret);
  };

  it('accepts a token within the lifetime, and the dev tokens of tests and demo mode', async () => {
    const verifier = new IdentityVerifier({ kind: 'secret', secret });
    expect(await verifier.verify(await token({ iat: now(), exp: now() + 3600 }))).toEqual({
      userId: 'cora-user-1',
      role: 'support',
    });
    // Without iat, exp - now is what counts; a few seconds of clock skew are fine.
    expect(await verifier.verify(await token({ exp: now() + 600 }))).toMatchObject({
      userId: 'cora-user-1',
    });
    expect(await verifier.verify(await token({ iat: now() + 30, exp: now() + 600 }))).toMatchObject(
      { userId: 'cora-user-1' },
    );
    expect(await verifier.verify(await signDevToken(secret, 'u', 'user'))).toMatchObject({
      userId: 'u',
    });
    const demo = new IdentityVerifier({ kind: 'secret', secret, maxLifetimeSeconds: 7 * 86_400 });
    expect(await demo.verify(await signDevToken(secret, 'u', 'user', '7d'))).toMatchObject({
      userId: 'u',
    });
  });

  it('verifies the token of a request once, however many guards ask, and each request its own', async () => {
    const verifier = new IdentityVerifier({ kind: 'secret', secret });
    const request = (authorization: string) =>
      ({ headers: { authorization } }) as unknown as IncomingMessage;
    const first = request(`Bearer ${await token({ exp: now() + 600 })}`);
    const asked = verifier.fromRequest(first);
    expect(verifier.fromRequest(first)).toBe(asked);
    expect(await asked).toEqual({ userId: 'cora-user-1', role: 'support' });

    const forged = request('Bearer not-a-token');
    await expect(verifier.fromRequest(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.fromRequest(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(verifier.fromRequest(request(first.headers.authorization ?? ''))).not.toBe(asked);
  });

  it('refuses tokens without exp, living too long, issued in the future', async () => {
    const verifier = new IdentityVerifier({ kind: 'secret', secret });
    const refused = [
      await token({ iat: now() }),
      await token({}),
      await token({ iat: now(), exp: Date.UTC(2100, 0, 1) / 1000 }),
      await token({ exp: Date.UTC(2100, 0, 1) / 1000 }),
      await token({ iat: now() - 3600, exp: now() + 86_400 }),
      await token({ iat: now() + 3600, exp: now() + 7200 }),
      await signDevToken(secret, 'u', 'user', '7d'),
    ];
    for (const jwt of refused) {
      await expect(verifier.verify(jwt)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const hourly = new IdentityVerifier({ kind: 'secret', secret, maxLifetimeSeconds: 3600 });
    await expect(
      hourly.verify(await token({ iat: now(), exp: now() + 7200 })),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('checks iss and aud when they are configured', async () => {
    const verifier = new IdentityVerifier({
      kind: 'secret',
      secret,
      issuer: 'https://auth.cora.test/',
      audience: 'cora-stripe',
    });
    const base = { iat: now(), exp: now() + 600 };
    expect(
      await verifier.verify(
        await token({ ...base, iss: 'https://auth.cora.test/', aud: 'cora-stripe' }),
      ),
    ).toMatchObject({ userId: 'cora-user-1' });
    expect(
      await verifier.verify(
        await signDevToken(secret, 'u', 'user', '1h', {
          issuer: 'https://auth.cora.test/',
          audience: 'cora-stripe',
        }),
      ),
    ).toMatchObject({ userId: 'u' });
    for (const claims of [
      { ...base, iss: 'https://auth.other.test/', aud: 'cora-stripe' },
      { ...base, iss: 'https://auth.cora.test/', aud: 'another-app' },
      { ...base, aud: 'cora-stripe' },
      { ...base, iss: 'https://auth.cora.test/' },
    ]) {
      await expect(verifier.verify(await token(claims))).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    }
  });
});

describe('logs never hold a token or secret', () => {
  it('redacts secret fields and masks token-shaped text', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      {
        req: { headers: { authorization: 'Bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl' } },
        grant: { access_token: 'sk_test_51AbCdEf', refresh_token: 'rt_AbCdEfGh' },
      },
      'connected',
    );
    logger.warn('Stripe said: Invalid API Key provided: sk_test_51AbCdEfGhIjKl');
    const text = lines.join('');
    expect(text).not.toMatch(/eyJhbGciOi|sk_test_51AbCdEf|rt_AbCdEfGh/);
    expect(text).toContain('Invalid API Key provided: sk_****');
    expect(text).toContain('[redacted]');
    expect(scrubSecrets('Invalid API Key provided: sk_test_51AbCdEfGhIjKl and rt_ZyXwVuTsRq')).toBe(
      'Invalid API Key provided: sk_**** and rt_****',
    );
  });
});
