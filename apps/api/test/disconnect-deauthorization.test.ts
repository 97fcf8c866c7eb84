import { ConnectionRepository, WebhookEvent } from '@cora/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAccount } from './support/books.js';
import { connectionStatus } from './support/flows.js';
import { startHarness, type Harness } from './support/harness.js';
import { connectEvent, postEvent, WEBHOOK_SECRET } from './support/webhooks.js';

const DEAUTHORIZED = 'account.application.deauthorized';
const DISCONNECT = `mutation { disconnectStripe { status lastErrorCode } }`;

describe('Stripe’s deauthorization event after a disconnect', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ env: { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET } });
    // Stripe's own signed webhooks: a real revoke sends the deauthorization event back.
    h.sandbox.control.addWebhookEndpoint({
      url: `${h.url}/api/integrations/stripe/webhook`,
      secret: WEBHOOK_SECRET,
    });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const settle = async (): Promise<void> => {
    await h.sandbox.control.webhooksIdle();
    await h.app.services.webhooks.idle();
  };
  const outcomeOf = async (account: string): Promise<string | null | undefined> =>
    (await h.app.services.orm.em.fork().findOne(WebhookEvent, { type: DEAUTHORIZED, account }))
      ?.outcome;
  const connectionOf = async (userId: string) => {
    const found = await new ConnectionRepository(h.app.services.orm.em.fork()).findByUserId(userId);
    if (found === null) throw new Error(`${userId} has no connection`);
    return found;
  };

  it('the user’s own disconnect is no error, before and after Stripe’s event arrives', async () => {
    const account = h.sandbox.control.createAccount({ charges: 3 }).id;
    const token = await connectAccount(h, 'own-disconnect', account);
    const reply = await h.gql<{ disconnectStripe: Record<string, unknown> }>(DISCONNECT, {}, token);
    expect(reply.data?.disconnectStripe).toEqual({ status: 'DISCONNECTED', lastErrorCode: null });
    await settle();
    expect(
      h.sandbox.control
        .webhookDeliveries()
        .filter((d) => d.type === DEAUTHORIZED && d.account === account),
    ).toHaveLength(1);
    expect(await outcomeOf(account)).toMatch(/^(already_disconnected|disconnect_asked_for)$/);
    expect(await connectionStatus(h, token)).toMatchObject({
      status: 'DISCONNECTED',
      lastErrorCode: null,
      lastErrorMessage: null,
    });
  });

  it('an event that overtakes the disconnect in flight is still taken as asked for', async () => {
    const account = h.sandbox.control.createAccount({ charges: 2 }).id;
    const token = await connectAccount(h, 'overtaken-disconnect', account);
    const connection = await connectionOf('overtaken-disconnect');
    // The state between "disconnect noted" and Stripe's answer, when Stripe's event is first.
    await new ConnectionRepository(h.app.services.orm.em.fork()).markDisconnectPending(
      connection.id,
      true,
    );
    const event = connectEvent(DEAUTHORIZED, account, { id: 'ca_x', object: 'application' }, 1);
    expect((await postEvent(h, event)).status).toBe(200);
    await h.app.services.webhooks.idle();
    expect(await outcomeOf(account)).toBe('disconnect_asked_for');
    expect(await connectionStatus(h, token)).toMatchObject({
      status: 'DISCONNECTED',
      lastErrorCode: null,
    });
  });

  it('a disconnect Stripe refused leaves nothing pending: a later dashboard revoke is news', async () => {
    const account = h.sandbox.control.createAccount({ charges: 2 }).id;
    const token = await connectAccount(h, 'refused-disconnect', account);
    h.sandbox.control.setFaults({ serverErrorShare: 1 });
    const refused = await h.gql(DISCONNECT, {}, token);
    h.sandbox.control.clearFaults();
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/^STRIPE_/);
    expect((await connectionOf('refused-disconnect')).disconnectedAt).toBeNull();

    h.sandbox.control.deauthorize(account);
    await settle();
    expect(await outcomeOf(account)).toBe('disconnected');
    expect(await connectionStatus(h, token)).toMatchObject({
      status: 'DISCONNECTED',
      lastErrorCode: 'STRIPE_DEAUTHORIZED',
      lastErrorMessage: expect.stringMatching(
        /^Stripe access was removed from your Stripe dashboard/,
      ) as unknown,
    });
  });
});
