import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  emptyStats,
  needsReauth,
  notConnected,
  progressEvent,
  runPage,
  startedRun,
  stats,
  transaction,
  transactionPage,
  volume,
} from '../test/fixtures/integration.js';
import type { Responders } from '../test/support/fake-client.js';
import { userResponders } from '../test/support/responders.js';
import { accessibilityViolations } from './support/a11y.js';
import { horizontalOverflow, screenshot, VIEWPORTS } from './support/browser.js';
import { chromiumPath } from './support/env.js';
import type { MockApi } from './support/mock-api.js';
import { baseUrl, openMocked, useChromium } from './support/mocked-console.js';
import { until } from './support/wait.js';

describe.skipIf(!chromiumPath)('the user page in Chromium (needs CHROMIUM_PATH)', () => {
  const browser = useChromium();

  async function open(
    viewport: (typeof VIEWPORTS)[number],
    responders: Responders,
  ): Promise<{ page: Page; api: MockApi }> {
    const opened = await openMocked(browser(), {
      viewport,
      responders,
      sub: 'user-1',
      role: 'user',
      path: '/',
    });
    await opened.page.getByRole('heading', { level: 1, name: 'Stripe' }).waitFor();
    return opened;
  }

  for (const viewport of VIEWPORTS) {
    it(`shows a connected account with charts at ${viewport.width} px`, async () => {
      const { page } = await open(viewport, userResponders());
      await page.locator('.recharts-surface').nth(1).waitFor();
      expect(new URL(page.url()).pathname).toBe('/integrations/stripe');
      expect(new URL(page.url()).searchParams.has('token')).toBe(false);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `user-connected-${viewport.name}`);
      await page.close();
    });

    it(`moves the progress bar to done at ${viewport.width} px`, async () => {
      const { page, api } = await open(
        viewport,
        userResponders({
          StartSync: () => ({
            data: { __typename: 'Mutation', syncStripeTransactions: startedRun },
          }),
        }),
      );
      await until(() => api.operations.includes('SyncProgress'));
      await page.getByRole('button', { name: 'Sync transactions' }).click();
      await until(() => api.operations.includes('StartSync'));
      api.push(
        'SyncProgress',
        progressEvent('run-9', {
          pagesFetched: 3,
          fetchedCount: 300,
          insertedCount: 280,
          updatedCount: 20,
        }),
      );
      const bar = page.getByRole('progressbar', { name: 'Sync in progress' });
      await expect
        .poll(() => bar.getAttribute('aria-valuetext'))
        .toBe('3 pages · 300 fetched · 280 new · 20 updated · 400 charges/s');
      expect(await bar.getAttribute('aria-valuenow')).toBeNull();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `user-syncing-${viewport.name}`);

      api.push(
        'SyncProgress',
        progressEvent('run-9', {
          status: 'SUCCEEDED',
          done: true,
          pagesFetched: 4,
          fetchedCount: 350,
          insertedCount: 320,
          updatedCount: 30,
        }),
      );
      await page
        .getByText('Sync finished: 4 pages · 350 fetched · 320 new · 30 updated.')
        .waitFor();
      expect(
        await page
          .getByRole('progressbar', { name: 'Sync complete' })
          .getAttribute('aria-valuenow'),
      ).toBe('100');
      await page.close();
    });

    it(`explains an empty, unconnected account at ${viewport.width} px`, async () => {
      const { page } = await open(
        viewport,
        userResponders({
          Connection: () => ({ data: { __typename: 'Query', stripeConnection: notConnected } }),
          Stats: () => ({
            data: { __typename: 'Query', stripeSyncStats: emptyStats, stripeVolumeSeries: [] },
          }),
          Transactions: () => ({
            data: { __typename: 'Query', stripeTransactions: transactionPage([]) },
          }),
          SyncHistory: () => ({ data: { __typename: 'Query', stripeSyncHistory: runPage([]) } }),
          CategoryRules: () => ({ data: { __typename: 'Query', categoryRules: [] } }),
        }),
      );
      await page.getByRole('button', { name: 'Connect Stripe' }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `user-not-connected-${viewport.name}`);
      await page.close();
    });

    it(`asks to reconnect and confirms a disconnect at ${viewport.width} px`, async () => {
      const { page } = await open(
        viewport,
        userResponders({
          Connection: () => ({ data: { __typename: 'Query', stripeConnection: needsReauth } }),
        }),
      );
      await page.getByRole('button', { name: 'Reconnect' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `user-needs-reauth-${viewport.name}`);
      await page.getByRole('button', { name: 'Disconnect' }).click();
      const dialog = page.getByRole('dialog', { name: 'Disconnect Stripe?' });
      await dialog.waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `user-disconnect-dialog-${viewport.name}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Disconnect');
      await page.close();
    });
  }

  it('works from the keyboard: skip link, then a category edited in the table', async () => {
    let saved = false;
    const { page, api } = await open(
      VIEWPORTS[0],
      userResponders({
        SetCategory: () => {
          saved = true;
          return {
            data: {
              __typename: 'Mutation',
              setTransactionCategory: transaction('t1', {
                description: 'Coffee beans',
                category: 'Meals',
                categorySource: 'MANUAL',
              }),
            },
          };
        },
        // After the edit the statistics gain the new category, as the server's would.
        Stats: () => ({
          data: {
            __typename: 'Query',
            stripeSyncStats: saved
              ? {
                  ...stats,
                  byCategory: [
                    ...stats.byCategory,
                    {
                      __typename: 'CategoryTotal',
                      category: 'Meals',
                      currency: 'USD',
                      amount: '42.50',
                      count: 1,
                    },
                  ],
                }
              : stats,
            stripeVolumeSeries: volume,
          },
        }),
      }),
    );
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.getByRole('button', { name: 'Edit category of Coffee beans' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const edit = page.getByRole('button', { name: 'Edit category of Coffee beans' });
    await edit.focus();
    await page.keyboard.press('Enter');
    const input = page.getByRole('combobox', { name: 'Category of Coffee beans' });
    await expect
      .poll(() => input.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Meals');
    await page.keyboard.press('Enter');
    await until(() => api.operations.includes('SetCategory'));
    await until(() => api.operations.filter((name) => name === 'Stats').length > 1);
    await page
      .getByRole('option', { name: 'Meals', includeHidden: true })
      .first()
      .waitFor({ state: 'attached' });
    await expect.poll(focused).toBe('Edit');
    await page.close();
  });

  it('shows the sign-in screen without a token', async () => {
    for (const viewport of VIEWPORTS) {
      const page = await browser().newPage({
        viewport: { width: viewport.width, height: viewport.height },
      });
      await page.goto(`${baseUrl}/integrations/stripe`);
      await page.getByLabel('Access token').waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `sign-in-${viewport.name}`);
      await page.close();
    }
  });
});
