import { AlertRepository, WebhookEvent } from '@cora/db';
import { describe, expect, it } from 'vitest';
import { AlertRule } from '../src/modules/monitoring/alert-monitor.js';
import { connectAccount } from './support/books.js';
import { notePostgresSkipped, postgresUrl } from './support/databases.js';
import { startHarness } from './support/harness.js';
import { connectEvent, postEvent, WEBHOOK_SECRET } from './support/webhooks.js';

notePostgresSkipped('parked webhook events');

const databases = [
  ['SQLite', undefined] as const,
  ...(postgresUrl ? [['PostgreSQL', postgresUrl] as const] : []),
];
const ATTEMPTS = 3;
const PARKED = `query ($userId: String!) {
  supportParkedWebhookEvents(userId: $userId) { eventId type attempts lastError parkedAt }
}`;

describe.each(databases)('poison webhook events on %s', (_name, postgres) => {
  it(`are attempted ${ATTEMPTS} times with backoff, parked, alerted, and retried by support`, async () => {
    const h = await startHarness({
      postgres,
      env: {
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        WEBHOOK_MAX_ATTEMPTS: String(ATTEMPTS),
        WEBHOOK_RETRY_DELAY_SECONDS: '1',
      },
    });
    try {
      const { control } = h.sandbox;
      const account = control.createAccount({ charges: 0 }).id;
      await connectAccount(h, 'poison-user', account);
      const now = Math.floor(Date.now() / 1000);
      // Validly signed, but the charge cannot be parsed: it fails the same way every time.
      const poison = connectEvent(
        'charge.succeeded',
        account,
        { id: 'ch_poison', object: 'charge' },
        now,
      );
      // A dispute whose charge is read from Stripe, which is down: each attempt calls Stripe.
      const charge = control.addCharge(account, { amount: 1200 });
      const dispute = control.disputeCharge(charge['id'] as string);
      control.setFaults({ serverErrorShare: 1 }, account);
      const disputed = connectEvent('charge.dispute.created', account, dispute, now);
      expect((await postEvent(h, poison)).status).toBe(200);
      expect((await postEvent(h, disputed)).status).toBe(200);
      await h.app.services.webhooks.idle();

      const row = (id: unknown) =>
        h.app.services.orm.em
          .fork()
          .findOneOrFail(WebhookEvent, { eventId: String(id) }, { refresh: true });
      for (const event of [poison, disputed]) {
        const stored = await row(event['id']);
        expect(stored.attempts).toBe(ATTEMPTS);
        expect(stored.processedAt).toBeNull();
        expect(stored.parkedAt).toBeInstanceOf(Date);
        expect(stored.lastError).toBeTruthy();
      }
      expect(
        await new AlertRepository(h.app.services.orm.em.fork()).firingTargets(
          AlertRule.WEBHOOK_EVENTS_PARKED,
        ),
      ).toEqual(['*']);

      // Parked: nothing calls Stripe again by itself, not even the scheduler's pass.
      const stripeCalls = () => control.requestLog({ account, limit: 10_000 }).length;
      const callsWhenParked = stripeCalls();
      await h.app.services.scheduler.tick();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await h.app.services.webhooks.idle();
      expect(stripeCalls()).toBe(callsWhenParked);

      const support = await h.token('agent', 'support');
      const listed = await h.gql<{
        supportParkedWebhookEvents: { eventId: string; attempts: number }[];
      }>(PARKED, { userId: 'poison-user' }, support);
      expect(listed.data?.supportParkedWebhookEvents.map((e) => e.eventId).sort()).toEqual(
        [String(poison['id']), String(disputed['id'])].sort(),
      );
      const asUser = await h.gql(PARKED, { userId: 'poison-user' }, await h.token('poison-user'));
      expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      control.clearFaults(account);
      const retried = await h.gql<{ supportRetryWebhookEvent: boolean }>(
        `mutation ($userId: String!, $eventId: String!) { supportRetryWebhookEvent(userId: $userId, eventId: $eventId) }`,
        { userId: 'poison-user', eventId: String(disputed['id']) },
        support,
      );
      expect(retried.data?.supportRetryWebhookEvent).toBe(true);
      await h.app.services.webhooks.idle();
      expect(await row(disputed['id'])).toMatchObject({ outcome: 'inserted', parkedAt: null });

      const left = await h.gql<{ supportParkedWebhookEvents: { eventId: string }[] }>(
        PARKED,
        { userId: 'poison-user' },
        support,
      );
      expect(left.data?.supportParkedWebhookEvents.map((e) => e.eventId)).toEqual([
        String(poison['id']),
      ]);
      const audit = await h.gql<{ supportAuditLog: { edges: { node: { action: string } }[] } }>(
        `query { supportAuditLog(userId: "poison-user") { edges { node { action } } } }`,
        {},
        support,
      );
      expect(audit.data?.supportAuditLog.edges.map((e) => e.node.action)).toContain(
        'retry_webhook_event',
      );
    } finally {
      await h.close();
    }
  }, 60_000);
});
