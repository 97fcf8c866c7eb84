const TICK_MS = 10;
/** Per tick, how much of the recent lag is remembered: about 100 ms of memory. */
const DECAY = 0.9;

/**
 * How late the event loop has been running lately, from a timer's drift: when it is late,
 * every request waits behind work already running, admitted or not, so new work is refused.
 */
export class LoopLag {
  private recent = 0;
  private expected = performance.now() + TICK_MS;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  /** The recent lag in ms: the last drift, or a decaying memory of a larger one. */
  get ms(): number {
    return this.recent;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private tick(): void {
    const now = performance.now();
    const drift = Math.max(0, now - this.expected);
    this.expected = now + TICK_MS;
    this.recent = Math.max(drift, this.recent * DECAY);
  }
}
