import type { Logger } from 'pino';

/**
 * Runs a user's background re-categorization one at a time: asked again while one runs, it
 * runs once more after it (so the last change is always applied), never twice at once.
 */
export class BackgroundPerUser {
  readonly #running = new Map<string, Promise<void>>();
  readonly #again = new Set<string>();

  constructor(
    private readonly work: (userId: string) => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  request(userId: string): void {
    if (this.#running.has(userId)) {
      this.#again.add(userId);
      return;
    }
    const run = (async () => {
      do {
        this.#again.delete(userId);
        await this.work(userId);
      } while (this.#again.has(userId));
    })()
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'background re-categorization failed'),
      )
      .finally(() => this.#running.delete(userId));
    this.#running.set(userId, run);
  }

  /** Resolves once nothing runs (on shutdown, and for tests). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running.values());
  }
}
