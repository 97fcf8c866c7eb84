import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, VIEWPORTS } from './support/browser.js';
import { connectUser } from './support/connect-user.js';
import { chromiumPath } from './support/env.js';
import { pageErrors } from './support/probes.js';
import { startRealStack, type RealStack } from './support/real-api.js';

describe.skipIf(!chromiumPath)(
  'disconnecting, and a revoke from the Stripe dashboard (needs CHROMIUM_PATH)',
  () => {
    let stack: RealStack;
    let browser: Browser;
    beforeAll(async () => {
      stack = await startRealStack();
      // Stripe's signed webhooks: a revoke sends `account.application.deauthorized` back.
      stack.deliverWebhooks();
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    it('the user’s own disconnect shows no failure, before or after a reload', async ({
      onTestFailed,
    }) => {
      const user = 'user-e2e-leaving';
      const account = await connectUser(stack, user, 5);
      const page = await browser.newPage({ viewport: VIEWPORTS[0] });
      onTestFailed(() => screenshot(page, 'disconnect-own-failed').then(() => undefined));
      const errors = pageErrors(page, stack.origin);
      const connection = page.getByRole('region', { name: 'Connection' });
      await page.goto(await stack.open('/integrations/stripe', user, 'user'));
      await connection.getByText(account).waitFor();
      await connection.getByRole('button', { name: 'Disconnect' }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: 'Disconnect', exact: true })
        .click();
      await connection.getByText('Disconnected', { exact: true }).waitFor();
      await stack.sandbox.control.webhooksIdle();
      expect(
        stack.sandbox.control
          .webhookDeliveries()
          .filter((d) => d.type === 'account.application.deauthorized' && d.account === account)
          .map((d) => d.status),
      ).toEqual([200]);

      await page.reload();
      await connection.getByText('Disconnected', { exact: true }).waitFor();
      await connection.getByRole('button', { name: 'Connect Stripe' }).waitFor();
      expect(await connection.getByRole('alert').count()).toBe(0);
      expect(await connection.textContent()).not.toMatch(/STRIPE_DEAUTHORIZED|What to do/);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a revoke from the Stripe dashboard is news that says how to connect again', async ({
      onTestFailed,
    }) => {
      const user = 'user-e2e-revoked';
      const account = await connectUser(stack, user, 5);
      stack.sandbox.control.deauthorize(account);
      await stack.sandbox.control.webhooksIdle();
      const page = await browser.newPage({ viewport: VIEWPORTS[0] });
      onTestFailed(() => screenshot(page, 'disconnect-dashboard-failed').then(() => undefined));
      const connection = page.getByRole('region', { name: 'Connection' });
      await page.goto(await stack.open('/integrations/stripe', user, 'user'));
      await connection.getByText('Disconnected', { exact: true }).waitFor();
      const news = connection.getByRole('status');
      await news.getByText(/^Stripe access was removed from your Stripe dashboard/).waitFor();
      expect(await news.textContent()).toContain('What to do: press "Connect Stripe"');
      expect(await connection.getByRole('alert').count()).toBe(0);
      // What the advice names is there, and usable.
      expect(await connection.getByRole('button', { name: 'Connect Stripe' }).isEnabled()).toBe(
        true,
      );
      await screenshot(page, 'disconnect-dashboard-news');
      await page.close();
    });
  },
);
