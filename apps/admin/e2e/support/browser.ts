import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from './env.js';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where screenshots go; CI keeps this folder in its log. */
export const SCREENSHOTS = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

/** Launches Debian's Chromium through playwright-core. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('CHROMIUM_PATH is not set');
  return chromium.launch({ executablePath: chromiumPath, args: FLAGS });
}

/** The two widths the layout must hold at. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Resolves once the page's height holds still for a moment (refetches have settled). */
export async function settledLayout(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const height = document.documentElement.scrollHeight;
        setTimeout(() => resolve(document.documentElement.scrollHeight === height), 150);
      }),
  );
}

/** A full-page screenshot under artifacts/screenshots/<name>.png, once the layout is still. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settledLayout(page);
  const path = `${SCREENSHOTS}${name}.png`;
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** How far the page is wider than the window (0 when nothing forces sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** An unsigned token with the claims the app reads; the mocked API does not verify it. */
export function demoToken(sub: string, role: 'user' | 'support'): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub, role, exp })}.unsigned`;
}
