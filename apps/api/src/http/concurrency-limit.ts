/** Gives back the slot taken by `acquire`; calling it more than once is harmless. */
export type Release = () => void;

/**
 * Why an operation was not let in: every slot busy and the queue full, it waited (or would
 * wait) too long, or the event loop was already running late.
 */
export type ShedReason = 'queue_full' | 'queue_timeout' | 'event_loop';

/** Thrown by `acquire` when the operation is shed. */
export class Overloaded extends Error {
  override readonly name = 'Overloaded';

  constructor(readonly reason: ShedReason) {
    super(`shed: ${reason}`);
  }
}

interface Waiter {
  grant(release: Release): void;
  timer: NodeJS.Timeout;
}

/**
 * A semaphore with a bounded FIFO wait queue: at most `maxActive` holders, at most
 * `maxQueue` waiters, each waiting at most `maxWaitMs`. Past that an operation is refused
 * at once, so overload turns into quick refusals instead of a queue that grows without end.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiters: Waiter[] = [];
  /** How long a slot is held, lately (a moving average, ms). */
  private holdMs = 0;

  constructor(
    readonly maxActive: number,
    readonly maxQueue: number,
    readonly maxWaitMs: number,
  ) {}

  /** Holders now, and waiters now. */
  get load(): { active: number; queued: number } {
    return { active: this.active, queued: this.waiters.length };
  }

  /** Whether `acquire` would be refused at once right now. */
  get saturated(): boolean {
    return this.active >= this.maxActive && this.waiters.length >= this.maxQueue;
  }

  /** A slot, at once or after a bounded wait; rejects with `Overloaded` when shed. */
  acquire(): Promise<Release> {
    if (this.active < this.maxActive) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiters.length >= this.maxQueue) {
      return Promise.reject(new Overloaded('queue_full'));
    }
    // A new waiter gets a slot after about (its place + 1) holds shared by the slots: one
    // that would wait past the limit is refused now, not after waiting for nothing.
    if ((this.holdMs * (this.waiters.length + 1)) / this.maxActive > this.maxWaitMs) {
      return Promise.reject(new Overloaded('queue_timeout'));
    }
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          reject(new Overloaded('queue_timeout'));
        }, this.maxWaitMs),
      };
      this.waiters.push(waiter);
    });
  }

  private releaser(): Release {
    let released = false;
    const granted = performance.now();
    return () => {
      if (released) return;
      released = true;
      const held = performance.now() - granted;
      this.holdMs = this.holdMs === 0 ? held : 0.8 * this.holdMs + 0.2 * held;
      const next = this.waiters.shift();
      if (next === undefined) {
        this.active -= 1;
        return;
      }
      // The slot passes straight to the next waiter: `active` stays the same.
      clearTimeout(next.timer);
      next.grant(this.releaser());
    };
  }
}
