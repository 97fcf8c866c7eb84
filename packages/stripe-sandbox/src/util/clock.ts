/**
 * The sandbox's clock in Unix seconds: real time plus an offset that tests can
 * advance (codes and Apps tokens expire by it; events are retained by it).
 */
export class Clock {
  private offsetSeconds: number;

  constructor(startUnixSeconds?: number) {
    this.offsetSeconds =
      startUnixSeconds === undefined ? 0 : startUnixSeconds - Math.floor(Date.now() / 1000);
  }

  now(): number {
    return Math.floor(Date.now() / 1000) + this.offsetSeconds;
  }

  /** Moves the clock forward; returns the new time. */
  advance(seconds: number): number {
    if (!Number.isFinite(seconds) || seconds < 0)
      throw new RangeError('The clock only moves forward');
    this.offsetSeconds += Math.floor(seconds);
    return this.now();
  }
}
