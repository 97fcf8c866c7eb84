import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
