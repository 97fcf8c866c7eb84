import type { Locator, Page } from 'playwright-core';

/**
 * The rows of the data table inside `scope`, each as column header → cell text. A cell's
 * separate pieces of text are joined with " · "; buttons (Edit, sort) are left out.
 */
export function tableRecords(scope: Locator): Promise<Array<Record<string, string>>> {
  return scope
    .locator('tbody')
    .first()
    .evaluate((body) =>
      [...body.querySelectorAll('tr')].map((row) => {
        const record: Record<string, string> = {};
        for (const cell of row.querySelectorAll('td')) {
          const copy = cell.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('button').forEach((button) => button.remove());
          const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
          const pieces: string[] = [];
          while (walker.nextNode()) {
            const text = walker.currentNode.textContent?.trim();
            if (text) pieces.push(text);
          }
          record[cell.dataset.label ?? String(Object.keys(record).length)] = pieces.join(' · ');
        }
        return record;
      }),
    );
}

/** The rows of a plain table (a chart's numbers), as arrays of cell text. */
export function tableCells(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? ''),
    ),
  );
}

/** The figures of a list of tiles (statistics, key figures): label → value. */
export function tiles(list: Locator): Promise<Record<string, string>> {
  return list.evaluate((element) =>
    Object.fromEntries(
      [...element.querySelectorAll('.tile')].map((tile) => [
        tile.querySelector('.tile-label')?.textContent?.trim() ?? '',
        tile.querySelector('.tile-value')?.textContent?.trim() ?? '',
      ]),
    ),
  );
}

/** One state of a progress bar: its value (or "indeterminate") and its value text. */
export interface ProgressState {
  value: string;
  text: string;
}

/**
 * Starts recording the progress bar inside `selector`: every change of its value or its
 * value text, in order. Returns a function that reads what was seen so far.
 */
export async function recordProgress(
  page: Page,
  selector: string,
): Promise<() => Promise<ProgressState[]>> {
  await page.evaluate((scope) => {
    const seen: { value: string; text: string }[] = [];
    const record = () => {
      const bar = document.querySelector(`${scope} [role="progressbar"]`);
      if (!bar) return;
      const value = bar.getAttribute('aria-valuenow') ?? 'indeterminate';
      const text = bar.getAttribute('aria-valuetext') ?? '';
      const last = seen.at(-1);
      if (last?.value !== value || last.text !== text) seen.push({ value, text });
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow', 'aria-valuetext'],
    });
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
  }, selector);
  return () =>
    page.evaluate(() => (window as unknown as { progressSeen: ProgressState[] }).progressSeen);
}

/** The charges fetched so far that a progress text reports ("… · 1,200 fetched · …"). */
export function fetchedIn(text: string): number | null {
  const found = /([\d,]+) fetched/.exec(text);
  return found ? Number((found[1] ?? '').replace(/,/g, '')) : null;
}

/** Collects the console errors and uncaught exceptions of pages served from `origin`. */
export function pageErrors(page: Page, origin: string): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith(origin)) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
