const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const integer = new Intl.NumberFormat();
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/** A timestamp in the reader's locale, or an em dash when there is none. */
export function formatDateTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A calendar day given as `YYYY-MM-DD` (UTC). */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dateOnly.format(date);
}

/** A count with grouping separators. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A count with its noun: "1 page", "3 pages". */
export function formatQuantity(value: number, singular: string, plural = `${singular}s`): string {
  return `${integer.format(value)} ${value === 1 ? singular : plural}`;
}

/** A ratio in 0..1 as a percentage. */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}

/**
 * A decimal amount string as money. The string goes to Intl as is, so no digit is lost
 * to floating point; the currency's own number of decimals is kept.
 */
export function formatMoney(amount: string, currency: string): string {
  try {
    const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    return format.format(amount as Intl.StringNumericLiteral);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** How long a run took, from its start and end timestamps. */
export function formatDuration(startedAt: string, finishedAt: string | null): string {
  if (finishedAt === null) return 'running';
  const ms = new Date(finishedAt).getTime() - new Date(startedAt).getTime();
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

/** A sync's pace, e.g. "1,240 charges/s"; empty when not known. */
export function formatRate(chargesPerSecond: number | null | undefined): string {
  if (chargesPerSecond === null || chargesPerSecond === undefined) return '';
  const shown = chargesPerSecond >= 10 ? Math.round(chargesPerSecond) : chargesPerSecond;
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(shown)} charges/s`;
}
