#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startSandbox } from './sandbox.js';
import { maskKey } from './util/secrets.js';

const HELP = `Usage: stripe-sandbox [--port 12111] [--host 127.0.0.1] [--charges 250] [--seed 42]
                      [--currency usd] [--rate-limit on|off] [--auto-approve]

Starts the Stripe sandbox and creates one account with --charges generated charges.`;

const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(12_111),
  host: z.string().default('127.0.0.1'),
  charges: z.coerce.number().int().min(0).max(5_000_000).default(250),
  seed: z.coerce.number().int().default(42),
  currency: z.string().length(3).default('usd'),
  'rate-limit': z.enum(['on', 'off']).default('on'),
  'auto-approve': z.boolean().default(false),
  help: z.boolean().default(false),
});

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    charges: { type: 'string' },
    seed: { type: 'string' },
    currency: { type: 'string' },
    'rate-limit': { type: 'string' },
    'auto-approve': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
const args = argsSchema.parse(values);
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const sandbox = await startSandbox({
  port: args.port,
  host: args.host,
  seed: args.seed,
  autoApprove: args['auto-approve'],
  ...(args['rate-limit'] === 'off' ? { rateLimits: false as const } : {}),
});
const started = performance.now();
const account = sandbox.control.createAccount({ charges: args.charges, currency: args.currency });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`Stripe sandbox listening on ${sandbox.url}`);
console.log(
  `  platform: client id ${sandbox.platform.clientId}, secret key ${maskKey(sandbox.platform.secretKey)}`,
);
console.log(
  `  account:  ${account.id} with ${account.charges.toLocaleString('en')} charges (generated in ${seconds} s)`,
);
console.log(
  `  connect:  ${sandbox.url}/oauth/authorize?response_type=code&client_id=${sandbox.platform.clientId}&scope=read_write&redirect_uri=<your callback>`,
);
console.log(`  control:  ${sandbox.url}/_sandbox/… (see README)`);

const stop = (): void => {
  void sandbox.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
