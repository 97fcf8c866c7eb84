import { parseArgs } from 'node:util';
import { signDevToken } from '../auth/dev-token.js';
import { parseEnv } from '../config/env.js';
import { loadOrCreateDevSecrets } from '../demo/dev-secrets.js';
import { REPO_DATA_DIR } from '../demo/paths.js';

const USAGE = `Usage: npm run token -- [--user <id>] [--role user|support] [--expires <span>] [--data-dir <path>]

Prints a development token for CORA's API (refused when NODE_ENV=production).

  --user <id>         the token's subject, CORA's user id (default: demo-user)
  --role <role>       user or support (default: user)
  --expires <span>    its lifetime, e.g. 30m, 12h, 7d (default: 12h)
  --data-dir <path>   where demo mode keeps its secrets (default: ./data); AUTH_JWT_SECRET wins
  -h, --help          prints this text
`;

/**
 * `npm run token -- --user u1 --role support`: prints a development token signed with
 * AUTH_JWT_SECRET, or with demo mode's secret under ./data. Refused in production.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      user: { type: 'string', default: 'demo-user' },
      role: { type: 'string', default: 'user' },
      expires: { type: 'string', default: '12h' },
      'data-dir': { type: 'string', default: REPO_DATA_DIR },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const env = parseEnv();
  if (env.NODE_ENV === 'production')
    throw new Error('Dev tokens are refused when NODE_ENV=production.');
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
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(1);
});
