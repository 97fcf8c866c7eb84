import { describe, expect, it } from 'vitest';
import { overview } from '../test/fixtures/support.js';
import { stats } from '../test/fixtures/integration.js';
import { supportResponders, userResponders } from '../test/support/responders.js';
import { horizontalOverflow, screenshot, VIEWPORTS } from './support/browser.js';
import { chromiumPath } from './support/env.js';
import { layoutFaults, tickLabels } from './support/layout-probes.js';
import { openMocked, useChromium } from './support/mocked-console.js';

const total = (currency: string, amount: string, count: number) => ({
  __typename: 'CurrencyTotal' as const,
  currency,
  amount,
  count,
});
const category = (name: string, currency: string, amount: string) => ({
  __typename: 'CategoryTotal' as const,
  category: name,
  currency,
  amount,
  count: 2,
});

// Amounts long enough to wrap a phone's tiles; a category name long enough to be cut; one day.
const mexicanBooks = {
  ...stats,
  transactionCount: 12,
  totals: [total('MXN', '6530.85', 8), total('USD', '123456.78', 3), total('JPY', '3500', 1)],
  byCategory: [
    category('Meals & Entertainment', 'MXN', '4200.00'),
    category('Software & Subscriptions', 'MXN', '2330.85'),
    category('Services', 'USD', '123456.78'),
    category('Sales', 'JPY', '3500'),
  ],
};
const oneDay = [
  {
    __typename: 'VolumePoint' as const,
    date: '2025-11-26',
    currency: 'MXN',
    amount: '6530.85',
    count: 5,
  },
];

// A busy platform: tens of thousands of transactions a day.
const busyOverview = {
  ...overview,
  supportOverview: {
    ...overview.supportOverview,
    series: overview.supportOverview.series.map((point, index) => ({
      ...point,
      transactionsSynced: 18_000 + index * 800,
    })),
  },
};

describe.skipIf(!chromiumPath)('layout of figures in Chromium (needs CHROMIUM_PATH)', () => {
  const browser = useChromium();

  for (const viewport of VIEWPORTS) {
    it(`shows the statistics whole at ${viewport.width} px`, async () => {
      const { page } = await openMocked(browser(), {
        viewport,
        responders: userResponders({
          Stats: () => ({
            data: {
              __typename: 'Query',
              stripeSyncStats: mexicanBooks,
              stripeVolumeSeries: oneDay,
            },
          }),
        }),
        sub: 'user-1',
        role: 'user',
        path: '/integrations/stripe',
      });
      await page.locator('.recharts-surface').nth(1).waitFor();
      await page
        .getByRole('search', { name: 'Filter transactions' })
        .getByLabel('Category')
        .selectOption('Meals & Entertainment');
      // The figures are whole: no amount split across lines, no name cut, no label clipped.
      expect(await layoutFaults(page)).toEqual({ tiles: [], pickers: [], ticks: [] });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // The axes say the currency.
      const amounts = await tickLabels(page, 'Amount by category (MXN)');
      expect(amounts.some((label) => label.includes('MX$') || label.includes('MXN'))).toBe(true);
      const volume = page.locator('figure', { hasText: 'Synced volume per day' });
      expect(
        (
          await volume
            .locator('.recharts-yAxis .recharts-cartesian-axis-tick-value')
            .allTextContents()
        )
          .filter((label) => label !== '')
          .every((label) => /MX\$|MXN/.test(label)),
      ).toBe(true);
      // One day is a bar with its amount, not a lone dot.
      expect(await volume.locator('.recharts-bar-rectangle').count()).toBe(1);
      expect(await volume.locator('.recharts-label-list').textContent()).toMatch(/6,530\.85/);
      await screenshot(page, `layout-statistics-${viewport.name}`);
      await page.close();
    });

    it(`shows the support overview's axes whole at ${viewport.width} px`, async () => {
      const { page } = await openMocked(browser(), {
        viewport,
        responders: supportResponders({ SupportOverview: () => ({ data: busyOverview }) }),
        sub: 'support-1',
        role: 'support',
        path: '/support/overview',
      });
      await page.locator('.recharts-surface').nth(2).waitFor();
      expect(await layoutFaults(page)).toEqual({ tiles: [], pickers: [], ticks: [] });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const labels = await tickLabels(page, 'Transactions synced per day');
      expect(labels.some((label) => /^2\d,\d{3}$/.test(label))).toBe(true);
      await screenshot(page, `layout-support-overview-${viewport.name}`);
      await page.close();
    });
  }
});
