import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DemoSecrets } from '../config/config.js';

const secretsSchema = z.object({
  authJwtSecret: z.string().min(32),
  tokenEncryptionKey: z.string().min(40),
});

/**
 * Demo mode's secrets: generated once, kept in `<dataDir>/dev-secrets.json` (mode 0600)
 * so tokens and encrypted rows survive restarts. Never used outside demo mode.
 */
export function loadOrCreateDevSecrets(dataDir: string): {
  secrets: DemoSecrets;
  path: string;
  created: boolean;
} {
  const path = join(dataDir, 'dev-secrets.json');
  if (existsSync(path)) {
    return {
      secrets: secretsSchema.parse(JSON.parse(readFileSync(path, 'utf8'))),
      path,
      created: false,
    };
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets: DemoSecrets = {
    authJwtSecret: randomBytes(32).toString('base64url'),
    tokenEncryptionKey: randomBytes(32).toString('base64'),
  };
  writeFileSync(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return { secrets, path, created: true };
}
