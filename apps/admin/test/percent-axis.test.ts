import { describe, expect, it } from 'vitest';
import { formatPercent } from '../src/ui/format.js';
import { percentAxis } from '../src/features/support/percent-axis.js';

describe('the error-rate axis', () => {
  it('tops out at the smallest round value that holds the highest rate', () => {
    expect(percentAxis(0)).toEqual({ top: 0.1, ticks: [0, 0.025, 0.05, 0.075, 0.1] });
    expect(percentAxis(0.1).top).toBe(0.1);
    expect(percentAxis(0.25)).toEqual({ top: 0.4, ticks: [0, 0.1, 0.2, 0.3, 0.4] });
    expect(percentAxis(1)).toEqual({ top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('labels every tick as a plain percentage', () => {
    for (const max of [0, 0.05, 0.15, 0.25, 0.5, 0.7, 0.9, 1]) {
      const labels = percentAxis(max).ticks.map(formatPercent);
      expect(labels.every((label) => /^\d+(\.5)?%$/.test(label))).toBe(true);
    }
  });
});
