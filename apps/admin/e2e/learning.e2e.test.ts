import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, VIEWPORTS } from './support/browser.js';
import { connectUser, runsSettled } from './support/connect-user.js';
import { chromiumPath } from './support/env.js';
import { startRealStack, type RealStack } from './support/real-api.js';

const USER = 'user-e2e-learner';

describe.skipIf(!chromiumPath)(
  'categories that learn from corrections, in Chromium against the real API (needs CHROMIUM_PATH)',
  () => {
    let stack: RealStack;
    let browser: Browser;
    beforeAll(async () => {
      stack = await startRealStack();
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    it('learns three corrections: the fourth charge of the vendor turns LEARNED with its reasons, and back when learning is off', async ({
      onTestFailed,
    }) => {
      const account = await connectUser(stack, USER, 0);
      for (const n of [11, 12, 13, 14])
        stack.sandbox.control.addCharge(account, {
          amount: 3_000 + n,
          description: `Gift box order ${n}`,
        });
      const token = await stack.token(USER, 'user');
      await stack.graphql(token, 'mutation { syncStripeTransactions { id } }');
      await runsSettled(stack, USER);

      const page = await browser.newPage({ viewport: VIEWPORTS[0] });
      onTestFailed(() => screenshot(page, 'learning-failed').then(() => undefined));
      await page.goto(await stack.open('/integrations/stripe', USER, 'user'));
      const transactions = page.getByRole('region', { name: 'Transactions', exact: true });
      for (const n of [11, 12, 13]) {
        await transactions
          .getByRole('button', { name: `Edit category of Gift box order ${n}` })
          .click();
        const input = transactions.getByRole('combobox', {
          name: `Category of Gift box order ${n}`,
        });
        await input.fill('Client Gifts');
        await input.press('Enter');
        await transactions
          .getByRole('button', { name: `Edit category of Gift box order ${n}` })
          .waitFor();
      }

      const fourth = transactions.getByRole('row', { name: /Gift box order 14/ });
      await expect
        .poll(async () => {
          await page.reload();
          return fourth.textContent();
        })
        .toMatch(/Client Gifts.*Learned from/);
      const learning = page.getByRole('region', { name: 'Learned categories' });
      await learning
        .getByRole('checkbox', { name: 'Learn categories from my corrections' })
        .uncheck();
      await expect
        .poll(async () => {
          await page.reload();
          return fourth.textContent();
        })
        .toMatch(/Default/);
    });
  },
);
