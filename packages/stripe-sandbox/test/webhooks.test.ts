import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CLIENT_ID, type Sandbox } from '../src/index.js';
import { testSandbox, webhookReceiver, type Received } from './helpers.js';

const verifier = new Stripe('sk_test_unused', { telemetry: false });

function verify(received: Received, secret: string): Stripe.Event {
  return verifier.webhooks.constructEvent(
    received.body,
    received.headers['stripe-signature'] ?? '',
    secret,
  );
}

describe('webhooks', () => {
  let sandbox: Sandbox;
  let accountId: string;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    sandbox = await testSandbox();
    accountId = sandbox.control.createAccount({ charges: 20 }).id;
    sandbox.control.connect(accountId);
  });
  afterEach(async () => {
    await sandbox.control.webhooksIdle();
    for (const cleanup of cleanups.splice(0)) await cleanup();
    sandbox.control.setWebhookOptions({ duplicates: false, outOfOrder: false });
  });
  afterAll(() => sandbox.close());

  async function endpoint(statuses: number[] = []) {
    const receiver = await webhookReceiver(statuses);
    const registered = sandbox.control.addWebhookEndpoint({ url: receiver.url });
    cleanups.push(async () => {
      sandbox.control.removeWebhookEndpoint(registered.id);
      await receiver.close();
    });
    return { ...receiver, secret: registered.secret };
  }

  it('delivers Connect events signed like Stripe, verifiable with constructEvent', async () => {
    const hook = await endpoint();
    const charge = sandbox.control.addCharge(accountId, {
      amount: 2500,
      currency: 'eur',
      description: 'Workshop ticket',
    });
    await sandbox.control.webhooksIdle();
    expect(hook.received).toHaveLength(1);
    const [delivery] = hook.received;
    if (delivery === undefined) throw new Error('nothing delivered');
    expect(delivery.headers['stripe-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const event = verify(delivery, hook.secret);
    expect(event).toMatchObject({
      object: 'event',
      pending_webhooks: 1,
      type: 'charge.succeeded',
      account: accountId,
      livemode: false,
    });
    expect(event.data.object).toEqual(charge);
    expect(() => verify(delivery, 'whsec_wrong')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('sends charge.refunded, charge.updated and charge.dispute.created with what changed', async () => {
    const hook = await endpoint();
    const charge = sandbox.control.addCharge(accountId, {
      amount: 10_000,
      metadata: { category: 'sales' },
    });
    const chargeId = String(charge.id);
    const refund = sandbox.control.refundCharge(chargeId, { amount: 4000 });
    sandbox.control.updateCharge(chargeId, { metadata: { category: 'services' } });
    const dispute = sandbox.control.disputeCharge(chargeId);
    await sandbox.control.webhooksIdle();
    const events = hook.received.map((received) => verify(received, hook.secret));
    expect(events.map((event) => event.type)).toEqual([
      'charge.succeeded',
      'charge.refunded',
      'refund.created',
      'charge.updated',
      'charge.dispute.created',
      'charge.dispute.funds_withdrawn',
    ]);
    const [, refunded, refundCreated, updated, disputed, withdrawn] = events;
    expect(refundCreated?.data.object).toEqual(refund);
    expect(withdrawn?.data.object).toEqual(dispute);
    expect(refunded?.data.object).toMatchObject({
      id: chargeId,
      amount_refunded: 4000,
      refunded: false,
    });
    expect(refunded?.data.previous_attributes).toEqual({ amount_refunded: 0, refunded: false });
    expect(updated?.data.object).toMatchObject({ metadata: { category: 'services' } });
    expect(updated?.data.previous_attributes).toEqual({ metadata: { category: 'sales' } });
    expect(disputed?.data.object).toEqual(dispute);
    expect(disputed?.data.object).toMatchObject({ object: 'dispute', charge: chargeId });
  });

  it('sends account.application.deauthorized when access is revoked', async () => {
    const hook = await endpoint();
    sandbox.control.deauthorize(accountId);
    await sandbox.control.webhooksIdle();
    const [event] = hook.received.map((received) => verify(received, hook.secret));
    expect(event).toMatchObject({ type: 'account.application.deauthorized', account: accountId });
    expect(event?.data.object).toMatchObject({ id: DEMO_CLIENT_ID, object: 'application' });
    sandbox.control.connect(accountId);
  });

  it('retries non-2xx answers with backoff until one succeeds', async () => {
    const hook = await endpoint([500, 503]);
    sandbox.control.addCharge(accountId, { amount: 700 });
    await sandbox.control.webhooksIdle();
    expect(hook.received).toHaveLength(3);
    const ids = hook.received.map((received) => verify(received, hook.secret).id);
    expect(new Set(ids).size).toBe(1);
    const attempts = sandbox.control
      .webhookDeliveries()
      .filter((attempt) => attempt.eventId === ids[0]);
    expect(attempts.map((attempt) => attempt.status)).toEqual([500, 503, 200]);
  });

  it('retries connection errors and gives up after the configured attempts', async () => {
    const registered = sandbox.control.addWebhookEndpoint({
      url: 'http://127.0.0.1:9/unreachable',
    });
    cleanups.push(() => Promise.resolve(sandbox.control.removeWebhookEndpoint(registered.id)));
    sandbox.control.addCharge(accountId, { amount: 800 });
    await sandbox.control.webhooksIdle();
    const attempts = sandbox.control
      .webhookDeliveries()
      .filter((attempt) => attempt.endpointId === registered.id);
    expect(attempts).toHaveLength(4);
    expect(attempts.every((attempt) => attempt.status === null && attempt.error !== null)).toBe(
      true,
    );
  });

  it('can deliver duplicates and out of order', async () => {
    const hook = await endpoint();
    sandbox.control.setWebhookOptions({ duplicates: true });
    sandbox.control.addCharge(accountId, { amount: 900 });
    await sandbox.control.webhooksIdle();
    const duplicated = hook.received.map((received) => verify(received, hook.secret).id);
    expect(duplicated).toHaveLength(2);
    expect(duplicated[0]).toBe(duplicated[1]);

    hook.received.length = 0;
    sandbox.control.setWebhookOptions({ duplicates: false, outOfOrder: true });
    const first = sandbox.control.addCharge(accountId, { amount: 1000 });
    const second = sandbox.control.addCharge(accountId, { amount: 1100 });
    await sandbox.control.webhooksIdle();
    const order = hook.received.map(
      (received) => (verify(received, hook.secret).data.object as { id: string }).id,
    );
    expect(order).toEqual([second.id, first.id]);
  });
});
