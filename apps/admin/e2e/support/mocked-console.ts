import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Responders } from '../../test/support/fake-client.js';
import { demoToken, launchChromium } from './browser.js';
import { mockApi, type MockApi } from './mock-api.js';

/** Chromium for the tests of one `describe`: launched before them, closed after. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running');
    return browser;
  };
}

/** The built console's address, served by the global setup. */
export const baseUrl = inject('baseUrl');

/**
 * A new page of the built console at `path`, signed in as `sub` with `role`, over an API
 * mocked by `responders`.
 */
export async function openMocked(
  browser: Browser,
  options: {
    viewport: { width: number; height: number };
    responders: Responders;
    sub: string;
    role: 'user' | 'support';
    path: string;
  },
): Promise<{ page: Page; api: MockApi }> {
  const { width, height } = options.viewport;
  const page = await browser.newPage({ viewport: { width, height } });
  const api = await mockApi(page, options.responders);
  await page.goto(`${baseUrl}${options.path}?token=${demoToken(options.sub, options.role)}`);
  return { page, api };
}
