import { WebhookEvent } from '@cora/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookIds, connectAccount, succeededChargeIds, syncAndWait } from './support/books.js';
import { CONNECTION_FIELDS } from './support/flows.js';
import { startHarness, type Harness } from './support/harness.js';
import { WEBHOOK_SECRET } from './support/webhooks.js';
import { postgresUrl } from './support/databases.js';

const STATUS = `query { stripeConnection { ${CONNECTION_FIELDS} } }`;
const DISCONNECT = `mutation { disconnectStripe { status } }`;
const TEST = `mutation { testStripeConnection { outcome } }`;
const DEAUTHORIZED = 'account.application.deauthorized';

describe.each([
  ['SQLite', undefined],
  ...(postgresUrl ? [['PostgreSQL', postgresUrl] as const] : []),
] as const)('two CORA users connected to one Stripe account (%s)', (_name, postgres) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ postgres, env: { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET } });
    // Stripe's own webhooks, so the deauthorization event of a real revoke reaches us.
    h.sandbox.control.addWebhookEndpoint({
      url: `${h.url}/api/integrations/stripe/webhook`,
      secret: WEBHOOK_SECRET,
    });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const status = async (token: string): Promise<Record<string, unknown> | undefined> =>
    (await h.gql<{ stripeConnection: Record<string, unknown> }>(STATUS, {}, token)).data
      ?.stripeConnection;
  const deauthorizations = (account: string): number =>
    h.sandbox.control
      .webhookDeliveries()
      .filter((d) => d.type === DEAUTHORIZED && d.account === account).length;
  const settle = async (): Promise<void> => {
    await h.sandbox.control.webhooksIdle();
    await h.app.services.webhooks.idle();
  };

  it('one user’s disconnect leaves the other CONNECTED and syncing; the last one revokes at Stripe', async () => {
    const account = h.sandbox.control.createAccount({ charges: 4 }).id;
    // Allowed: a business owner and their bookkeeper may both connect the same account.
    const owner = await connectAccount(h, 'shared-owner', account);
    const bookkeeper = await connectAccount(h, 'shared-bookkeeper', account);
    expect(await status(owner)).toMatchObject({ status: 'CONNECTED', stripeAccountId: account });
    expect(await status(bookkeeper)).toMatchObject({
      status: 'CONNECTED',
      stripeAccountId: account,
    });

    const first = await h.gql<{ disconnectStripe: { status: string } }>(DISCONNECT, {}, owner);
    expect(first.data?.disconnectStripe.status).toBe('DISCONNECTED');
    await settle();
    // No revoke at Stripe, so no deauthorization event, and the other user is untouched.
    expect(deauthorizations(account)).toBe(0);
    expect(await status(bookkeeper)).toMatchObject({
      status: 'CONNECTED',
      lastErrorCode: null,
      lastErrorMessage: null,
    });
    const check = await h.gql<{ testStripeConnection: { outcome: string } }>(TEST, {}, bookkeeper);
    expect(check.data?.testStripeConnection.outcome).toBe('OK');
    const charge = h.sandbox.control.addCharge(account, { amount: 1234, description: 'Ink' });
    const run = await syncAndWait(h, bookkeeper);
    expect(run).toMatchObject({ status: 'SUCCEEDED', errorCode: null });
    expect(await bookIds(h, 'shared-bookkeeper')).toContain(charge['id']);
    expect(await bookIds(h, 'shared-bookkeeper')).toEqual(await succeededChargeIds(h, account));

    // The last one out revokes the platform's access; Stripe's event changes nobody's outcome.
    const last = await h.gql<{ disconnectStripe: { status: string } }>(DISCONNECT, {}, bookkeeper);
    expect(last.data?.disconnectStripe.status).toBe('DISCONNECTED');
    await settle();
    expect(deauthorizations(account)).toBe(1);
    const event = await h.app.services.orm.em
      .fork()
      .findOne(WebhookEvent, { type: DEAUTHORIZED, account });
    expect(event?.outcome).toBe('already_disconnected');
    for (const token of [owner, bookkeeper]) {
      expect(await status(token)).toMatchObject({
        status: 'DISCONNECTED',
        lastErrorCode: null,
      });
    }
  });

  it('a revoke from the Stripe dashboard still disconnects every user of the account', async () => {
    const account = h.sandbox.control.createAccount({ charges: 1 }).id;
    const one = await connectAccount(h, 'dash-one', account);
    const two = await connectAccount(h, 'dash-two', account);
    h.sandbox.control.deauthorize(account);
    await settle();
    for (const token of [one, two]) {
      expect(await status(token)).toMatchObject({
        status: 'DISCONNECTED',
        lastErrorCode: 'STRIPE_DEAUTHORIZED',
      });
    }
  });
});
