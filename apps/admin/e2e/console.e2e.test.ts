import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { supportResponders } from '../test/support/responders.js';
import { accessibilityViolations } from './support/a11y.js';
import { horizontalOverflow, screenshot, VIEWPORTS } from './support/browser.js';
import { chromiumPath } from './support/env.js';
import { openMocked, useChromium } from './support/mocked-console.js';

describe.skipIf(!chromiumPath)('the support console in Chromium (needs CHROMIUM_PATH)', () => {
  const browser = useChromium();

  async function open(width: number, height: number, path: string): Promise<Page> {
    const { page } = await openMocked(browser(), {
      viewport: { width, height },
      responders: supportResponders(),
      sub: 'support-1',
      role: 'support',
      path,
    });
    return page;
  }

  for (const viewport of VIEWPORTS) {
    it(`lists connections, opens one and shows runs and the overview at ${viewport.width} px`, async () => {
      const page = await open(viewport.width, viewport.height, '/');
      await page.getByRole('heading', { level: 1, name: 'Connections' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/support/connections');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `support-connections-${viewport.name}`);

      await page.getByRole('link', { name: 'user-reauth' }).click();
      await page.getByRole('heading', { level: 1, name: 'Connection of user-reauth' }).waitFor();
      await page
        .getByRole('region', { name: 'Audit trail' })
        .getByText('Started a sync', { exact: true })
        .first()
        .waitFor();
      await page.locator('.recharts-surface').first().waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `support-connection-detail-${viewport.name}`);

      await page.getByRole('link', { name: 'Sync runs' }).click();
      await page.getByRole('progressbar', { name: 'Sync of user-ok' }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `support-runs-${viewport.name}`);

      await page.getByRole('link', { name: 'Overview' }).click();
      await page.locator('.recharts-surface').nth(2).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `support-overview-${viewport.name}`);
      await page.close();
    });
  }
});
