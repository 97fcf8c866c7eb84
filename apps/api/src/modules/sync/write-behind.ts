/**
 * Keeps at most one page write in flight while the caller reads and maps the next page, so
 * Stripe and the database work at the same time. Writes run one after the other, in the
 * order given: a page commits only after the page before it, so a crash loses the pages not
 * yet committed and never leaves a hole before a committed checkpoint.
 */
export class WriteBehind {
  private inFlight: Promise<void> | null = null;

  /** Waits for the write in flight (rethrowing its failure), then starts `write` without waiting. */
  async submit(write: () => Promise<void>): Promise<void> {
    await this.flush();
    const started = write();
    // Its failure is rethrown by the next submit or flush, not reported as unhandled meanwhile.
    started.catch(() => undefined);
    this.inFlight = started;
  }

  /** Waits for the write in flight, if any; rethrows its failure. */
  async flush(): Promise<void> {
    const inFlight = this.inFlight;
    this.inFlight = null;
    await inFlight;
  }

  /** Waits for the write in flight, if any, whatever its outcome (the caller is failing already). */
  async settle(): Promise<void> {
    await this.flush().catch(() => undefined);
  }
}
