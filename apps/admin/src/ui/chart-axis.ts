/** An axis value as short money: "MX$6.5K", "¥120K" (plot positions only; tables keep exact amounts). */
export function formatAxisMoney(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}

// About the width of one character of the charts' 12 px tick labels, and the tick's own gap.
const CHAR_PX = 8.5;
const TICK_GAP_PX = 20;

/**
 * A vertical axis wide enough for its longest label, so no label is clipped at its left edge
 * ("22,000" must not show as ":2,000"). `values` are the plotted values; the axis's own round
 * ticks are at most one digit longer than the largest of them.
 */
export function axisWidth(values: readonly number[], format: (value: number) => string): number {
  const largest = Math.max(0, ...values.map((value) => Math.abs(value)));
  const widest = Math.max(format(largest).length, format(largest * 10).length - 1, 2);
  return Math.ceil(widest * CHAR_PX + TICK_GAP_PX);
}
