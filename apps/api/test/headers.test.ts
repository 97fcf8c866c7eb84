import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtAdminDist } from '../src/config/admin-dist.js';
import { buildConfig } from '../src/config/config.js';
import { envSchema, parseEnv } from '../src/config/env.js';
import { startHarness, type Harness } from './support/harness.js';

describe('security headers and the console', () => {
  let h: Harness;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'cora-admin-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
    h = await startHarness({ env: { ADMIN_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sets them on the console, the GraphQL API, REST and system routes alike', async () => {
    const token = await h.token('headers-user');
    const responses = await Promise.all([
      fetch(`${h.url}/integrations/stripe`),
      fetch(`${h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ stripeConnection { status } }' }),
      }),
      fetch(`${h.url}/api/integrations/stripe/status`, {
        headers: { authorization: `Bearer ${token}` },
      }),
      fetch(`${h.url}/healthz`),
    ]);
    expect(await responses[0]?.text()).toContain('<title>console</title>');
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, response.url).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});

describe('configuration', () => {
  const base = {
    AUTH_JWT_SECRET: 'x'.repeat(32),
    TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    STRIPE_CLIENT_ID: 'ca_test',
    STRIPE_CLIENT_SECRET: 'sk_test_key',
  };

  it('serves the console built in this checkout when ADMIN_DIST_DIR is unset', () => {
    const built = builtAdminDist();
    expect(buildConfig(parseEnv(base)).adminDistDir).toBe(built);
    if (built !== undefined) expect(built).toMatch(/apps\/admin\/dist\/$/);
    expect(buildConfig(parseEnv({ ...base, ADMIN_DIST_DIR: '/srv/console' })).adminDistDir).toBe(
      '/srv/console',
    );
  });

  it('documents every variable it reads in .env.example and the README', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = await readFile(new URL('../../../.env.example', import.meta.url), 'utf8');
    const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
    const names = [...Object.keys(envSchema.shape), 'SANDBOX_PORT'];
    expect(names.filter((name) => !example.includes(name))).toEqual([]);
    expect(names.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
