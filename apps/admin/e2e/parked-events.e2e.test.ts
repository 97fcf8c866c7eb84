import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, VIEWPORTS } from './support/browser.js';
import { connectUser } from './support/connect-user.js';
import { chromiumPath } from './support/env.js';
import { pageErrors, tableRecords } from './support/probes.js';
import { startRealStack, type RealStack } from './support/real-api.js';

const SUPPORT = 'support-pat';
const SHOP = 'poisoned-shop';
const ATTEMPTS = 2;

interface Parked {
  supportParkedWebhookEvents: Array<{ eventId: string; attempts: number }>;
}

describe.skipIf(!chromiumPath)(
  'parked webhook events in the support console (needs CHROMIUM_PATH)',
  () => {
    let stack: RealStack;
    let browser: Browser;
    let account = '';
    let supportToken = '';

    const parked = async () =>
      (
        await stack.graphql<Parked>(
          supportToken,
          'query ($userId: String!) { supportParkedWebhookEvents(userId: $userId) { eventId attempts } }',
          { userId: SHOP },
        )
      ).supportParkedWebhookEvents;

    beforeAll(async () => {
      stack = await startRealStack(
        {},
        { WEBHOOK_MAX_ATTEMPTS: String(ATTEMPTS), WEBHOOK_RETRY_DELAY_SECONDS: '1' },
      );
      browser = await launchChromium();
      account = await connectUser(stack, SHOP, 10);
      supportToken = await stack.token(SUPPORT, 'support');
    });
    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    it('lists an event that failed every attempt, and a retry once Stripe is back clears it', async ({
      onTestFailed,
    }) => {
      // A dispute whose charge is read from Stripe, which is down for every attempt.
      const { control } = stack.sandbox;
      const charge = control.addCharge(account, { amount: 4_200 });
      const dispute = control.disputeCharge(charge['id'] as string);
      control.setFaults({ serverErrorShare: 1 }, account);
      const eventId = `evt_dispute_${Date.now()}`;
      const status = await stack.postWebhook({
        id: eventId,
        object: 'event',
        api_version: '2026-10-28.endive',
        created: Math.floor(Date.now() / 1000),
        type: 'charge.dispute.created',
        account,
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        data: { object: dispute },
      });
      expect(status).toBe(200);
      await expect.poll(parked, { timeout: 20_000 }).toEqual([{ eventId, attempts: ATTEMPTS }]);

      const page = await browser.newPage({ viewport: VIEWPORTS[0] });
      onTestFailed(() => screenshot(page, 'parked-events-failed').then(() => undefined));
      const errors = pageErrors(page, stack.origin);
      await page.goto(await stack.open(`/support/connections/${SHOP}`, SUPPORT, 'support'));
      const region = page.getByRole('region', { name: 'Parked webhook events' });
      await region.getByText(eventId).waitFor();
      const [row] = await tableRecords(region);
      expect(row).toMatchObject({
        Event: eventId,
        Type: 'charge.dispute.created',
        Attempts: String(ATTEMPTS),
      });
      expect(row?.['Last error']).not.toBe('—');
      await screenshot(page, 'parked-events');

      control.clearFaults(account);
      await region.getByRole('button', { name: 'Retry' }).click();
      await expect.poll(parked, { timeout: 20_000 }).toEqual([]);
      await page.reload();
      await region.getByText('No parked webhook events.').waitFor();
      const audit = page.getByRole('region', { name: 'Audit trail' });
      await expect
        .poll(async () => (await tableRecords(audit)).map((entry) => entry.Action))
        .toContain('Retried a webhook event');
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
