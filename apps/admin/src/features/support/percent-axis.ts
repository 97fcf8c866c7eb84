// Round tops with four even steps each, so every tick reads as a plain percentage.
const SCALES: ReadonlyArray<readonly [top: number, step: number]> = [
  [0.1, 0.025],
  [0.2, 0.05],
  [0.4, 0.1],
  [0.6, 0.15],
  [0.8, 0.2],
  [1, 0.25],
];

/** A 0..1 axis (error rates): the smallest round top at or above `max`, and its ticks. */
export function percentAxis(max: number): { top: number; ticks: number[] } {
  const [top, step] = SCALES.find(([candidate]) => max <= candidate) ?? [1, 0.25];
  return { top, ticks: [0, 1, 2, 3, 4].map((i) => Math.round(i * step * 1000) / 1000) };
}
