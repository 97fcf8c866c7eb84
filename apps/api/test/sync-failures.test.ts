import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookIds, connectAccount, succeededChargeIds, syncAndWait } from './support/books.js';
import { connectionStatus } from './support/flows.js';
import { startHarness, type Harness } from './support/harness.js';

const LIMIT_PER_SECOND = 40;

/** The most requests the sandbox saw in any one-second window. */
function peakPerSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let peak = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] as number) - (sorted[start] as number) >= 1000) start += 1;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

describe('sync under Stripe failures', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ env: { STRIPE_RATE_LIMIT_PER_SECOND: String(LIMIT_PER_SECOND) } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('completes with the exact set through a storm of 429s and 500s, under the rate limit', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 1500, seed: 11 }).id;
    control.setFaults({ rateLimitShare: 0.25, serverErrorShare: 0.15, dropShare: 0.05 }, account);
    await connectAccount(h, 'storm-user', account);
    control.clearFaults(account);

    expect(await bookIds(h, 'storm-user')).toEqual(await succeededChargeIds(h, account));
    const log = control.requestLog({ account, limit: 10_000 });
    expect(log.some((entry) => entry.status === 429)).toBe(true);
    expect(log.some((entry) => entry.status === 500)).toBe(true);
    expect(peakPerSecond(log.map((entry) => Date.parse(entry.at)))).toBeLessThanOrEqual(
      LIMIT_PER_SECOND + 1,
    );
  });

  it('ends FAILED, never SUCCEEDED, when Stripe keeps failing', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 10 }).id;
    const token = await connectAccount(h, 'outage-user', account);
    control.setFaults({ serverErrorShare: 1 }, account);
    const run = await syncAndWait(h, token, true);
    control.clearFaults(account);
    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'STRIPE_UNAVAILABLE' });
    expect(run['errorMessage']).toMatch(/Stripe is unavailable/);
    const status = await connectionStatus(h, token);
    expect(status).toMatchObject({
      status: 'CONNECTED',
      lastErrorCode: 'STRIPE_UNAVAILABLE',
    });
  });

  it('fails the run and asks to reconnect when the token is revoked', async () => {
    const { control } = h.sandbox;
    const account = control.createAccount({ charges: 10 }).id;
    const token = await connectAccount(h, 'revoked-user', account);
    control.deauthorize(account);
    const run = await syncAndWait(h, token);
    expect(run).toMatchObject({ status: 'FAILED', errorCode: 'STRIPE_AUTH' });
    expect(String(run['errorMessage'])).not.toMatch(/sk_|rt_/);
    const status = await connectionStatus(h, token);
    expect(status).toMatchObject({
      status: 'NEEDS_REAUTH',
      lastErrorCode: 'STRIPE_AUTH',
      lastErrorMessage: expect.stringMatching(/reconnect/i) as unknown,
    });
  });
});
