import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, settledLayout } from './support/browser.js';
import { connectUser } from './support/connect-user.js';
import { chromiumPath } from './support/env.js';
import { startRealStack, type RealStack } from './support/real-api.js';

/** Records every CSP violation the page reports, from its first script on. */
async function violations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe.skipIf(!chromiumPath)(
  'the built console under the API’s Content-Security-Policy (needs CHROMIUM_PATH)',
  () => {
    let stack: RealStack;
    let browser: Browser;

    beforeAll(async () => {
      stack = await startRealStack();
      browser = await launchChromium();
      await connectUser(stack, 'csp-user', 40);
    });
    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    it.each([
      ['/integrations/stripe', 'csp-user', 'user', 'Connected'],
      ['/support/connections', 'csp-support', 'support', 'csp-user'],
    ] as const)(
      'loads %s, its charts and its live socket with no violation',
      async (path, sub, role, text) => {
        const page = await browser.newPage();
        const seen = await violations(page);
        const response = await page.goto(await stack.open(path, sub, role));
        expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
        await page.getByText(text, { exact: true }).first().waitFor();
        await settledLayout(page);
        expect(await seen()).toEqual([]);
        await page.close();
      },
    );
  },
);
