/** The e2e suite's only setting: where Debian's Chromium lives (CI sets it). */
export const chromiumPath: string | undefined = process.env.CHROMIUM_PATH || undefined;

export const SKIP_MESSAGE =
  'CHROMIUM_PATH is not set: skipping the browser tests. Install Chromium ' +
  '(apt-get install -y chromium) and run with CHROMIUM_PATH=/usr/bin/chromium.';
