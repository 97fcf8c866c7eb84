import { ConnectionRepository } from '@cora/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount } from './support/books.js';
import { connectionStatus } from './support/flows.js';
import { startHarness, type Harness } from './support/harness.js';

const TEST = `mutation { testStripeConnection { outcome } }`;

describe('token refresh (Stripe Apps: one-hour access tokens, rotating refresh tokens)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ flavor: 'apps', sandbox: { appsTokenLifetimeSeconds: 3600 } });
  });
  afterAll(async () => {
    await h.close();
  });

  async function expireAccessToken(userId: string): Promise<void> {
    const em = h.app.services.orm.em.fork();
    const connection = await new ConnectionRepository(em).findByUserId(userId);
    if (connection === null) throw new Error('not connected');
    connection.accessTokenExpiresAt = new Date(Date.now() - 1000);
    await em.flush();
  }

  it('10 concurrent operations that need a refresh cause exactly one refresh at Stripe', async () => {
    const account = h.sandbox.control.createAccount({ charges: 3 }).id;
    const token = await connectAccount(h, 'refresh-user', account);
    await expireAccessToken('refresh-user');
    h.sandbox.control.resetRequests();

    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.gql<{ testStripeConnection: { outcome: string } }>(TEST, {}, token),
      ),
    );
    expect(results.map((r) => r.data?.testStripeConnection.outcome)).toEqual(
      Array.from({ length: 10 }, () => 'OK'),
    );
    const refreshes = h.sandbox.control
      .requestLog({ limit: 1000 })
      .filter((entry) => entry.route === 'POST /v1/oauth/token');
    expect(refreshes).toHaveLength(1);
  });

  it('refreshes once after a 401 from an expired token, then works again', async () => {
    const account = h.sandbox.control.createAccount({ charges: 3 }).id;
    const token = await connectAccount(h, 'expired-user', account);
    // Stripe has expired the token although we believe it valid for a while yet.
    h.sandbox.control.advanceClock(3601);
    const result = await h.gql<{ testStripeConnection: { outcome: string } }>(TEST, {}, token);
    expect(result.data?.testStripeConnection.outcome).toBe('OK');
  });

  it('a failed refresh asks the user to reconnect with a safe message', async () => {
    const account = h.sandbox.control.createAccount({ charges: 3 }).id;
    const token = await connectAccount(h, 'lost-user', account);
    h.sandbox.control.deauthorize(account);
    await expireAccessToken('lost-user');
    const result = await h.gql<{ testStripeConnection: { outcome: string } }>(TEST, {}, token);
    expect(result.data?.testStripeConnection.outcome).toBe('AUTH');
    const status = await connectionStatus(h, token);
    expect(status).toMatchObject({
      status: 'NEEDS_REAUTH',
      lastErrorCode: 'STRIPE_AUTH',
    });
    expect(String(status['lastErrorMessage'])).toMatch(/reconnect/i);
  });
});
