import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_SECRET_KEY } from '../src/index.js';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

describe('the CLI', () => {
  let child: ChildProcess | undefined;
  afterAll(async () => {
    if (child?.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('starts a sandbox with a generated account and never prints the secret key', async () => {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, '--port', '0', '--charges', '40', '--currency', 'gbp'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let banner = '';
    child.stdout?.setEncoding('utf8');
    while (!banner.includes('control:')) {
      const [chunk] = (await once(child.stdout ?? child, 'data')) as [string];
      banner += chunk;
    }
    expect(banner).not.toContain(DEMO_SECRET_KEY);
    const url = /listening on (\S+)/.exec(banner)?.[1] ?? '';
    const accountId = /account: +(acct_\w+) with 40 charges/.exec(banner)?.[1] ?? '';
    expect(accountId).not.toBe('');

    const stripe = new Stripe(DEMO_SECRET_KEY, {
      host: '127.0.0.1',
      port: Number(new URL(url).port),
      protocol: 'http',
      telemetry: false,
    });
    const connect = await fetch(`${url}/_sandbox/accounts/${accountId}/connect`, {
      method: 'POST',
    });
    expect(connect.status).toBe(200);
    const charges = await stripe.charges.list({ limit: 100 }, { stripeAccount: accountId });
    expect(charges.data).toHaveLength(40);
    const txns = await stripe.balanceTransactions.list({ limit: 5 }, { stripeAccount: accountId });
    expect(txns.data.every((txn) => txn.currency === 'gbp')).toBe(true);
  });
});
