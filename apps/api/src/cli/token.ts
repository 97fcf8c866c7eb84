import { parseArgs } from 'node:util';
import { signDevToken } from '../auth/dev-token.js';
import { parseEnv } from '../config/env.js';
import { loadOrCreateDevSecrets } from '../demo/dev-secrets.js';
import { REPO_DATA_DIR } from '../demo/paths.js';

/**
 * `npm run token -- --user u1 --role support`: prints a development token signed with
 * AUTH_JWT_SECRET, or with demo mode's secret under ./data. Refused in production.
 */
async function main(): Promise<void> {
  const env = parseEnv();
  if (env.NODE_ENV === 'production')
    throw new Error('Dev tokens are refused when NODE_ENV=production.');
  const { values } = parseArgs({
    options: {
      user: { type: 'string', default: 'demo-user' },
      role: { type: 'string', default: 'user' },
      expires: { type: 'string', default: '12h' },
      'data-dir': { type: 'string', default: REPO_DATA_DIR },
    },
  });
  if (values.role !== 'user' && values.role !== 'support')
    throw new Error('--role must be user or support');
  const secret =
    env.AUTH_JWT_SECRET ?? loadOrCreateDevSecrets(values['data-dir']).secrets.authJwtSecret;
  const token = await signDevToken(
    new TextEncoder().encode(secret),
    values.user,
    values.role,
    values.expires,
    { issuer: env.AUTH_JWT_ISSUER, audience: env.AUTH_JWT_AUDIENCE },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
