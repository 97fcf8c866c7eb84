import type { Page } from 'playwright-core';

/** What is cut, clipped or wrapped mid-number on the page; empty when the layout holds. */
export interface LayoutFaults {
  /** Tile values wider than their box, or laid out on more than one line. */
  tiles: string[];
  /** Pickers narrower than the option they show. */
  pickers: string[];
  /** Chart tick labels reaching past the left or right edge of their chart. */
  ticks: string[];
}

/** Measures the statistics tiles, the filter pickers and every chart's tick labels. */
export function layoutFaults(page: Page): Promise<LayoutFaults> {
  return page.evaluate(() => {
    const tiles: string[] = [];
    for (const value of document.querySelectorAll<HTMLElement>(
      '.tile-value:not(.tile-value-small)',
    )) {
      const range = document.createRange();
      range.selectNodeContents(value);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (value.scrollWidth > value.clientWidth || lines.size > 1)
        tiles.push(`${value.textContent ?? ''} (${lines.size} lines)`);
    }
    const pickers: string[] = [];
    const canvas = document.createElement('canvas').getContext('2d');
    for (const select of document.querySelectorAll<HTMLSelectElement>('select')) {
      const style = getComputedStyle(select);
      if (canvas === null) break;
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.textContent ?? '';
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      if (canvas.measureText(text).width > room) pickers.push(text);
    }
    const ticks: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.recharts-surface')) {
      const box = svg.getBoundingClientRect();
      for (const tick of svg.querySelectorAll('.recharts-cartesian-axis-tick-value')) {
        const rect = tick.getBoundingClientRect();
        if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
          ticks.push(tick.textContent ?? '');
      }
    }
    return { tiles, pickers, ticks };
  });
}

/** The text of every tick label of the chart captioned `caption`. */
export function tickLabels(page: Page, caption: string): Promise<string[]> {
  return page
    .locator('figure', { hasText: caption })
    .locator('.recharts-cartesian-axis-tick-value')
    .allTextContents();
}
