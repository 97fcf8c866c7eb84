import { SyncStatus } from '@cora/db';
import type { AppPubSub, SyncProgressEvent } from '../../pubsub/pubsub.js';

/** How often, at most, a running run's counters are published (a few events a second). */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * A run's counters, published to `stripeSyncProgress` at its start, after its pages (at most
 * once per interval: a page within it is published at its end, with the counters then) and
 * at its end.
 */
export class RunProgress {
  pagesFetched = 0;
  fetchedCount = 0;
  insertedCount = 0;
  updatedCount = 0;
  skippedCount = 0;
  private lastPublished = Number.NEGATIVE_INFINITY;
  private pending: NodeJS.Timeout | null = null;
  private readonly startedAt = Date.now();
  private readonly fetchedAtStart: number;

  constructor(
    private readonly pubSub: AppPubSub,
    private readonly run: { runId: string; connectionId: string; userId: string },
    /** A continued run's counters so far (from its row), so live views keep counting. */
    soFar: {
      pages: number;
      fetched: number;
      inserted: number;
      updated: number;
      skipped: number;
    } = {
      pages: 0,
      fetched: 0,
      inserted: 0,
      updated: 0,
      skipped: 0,
    },
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
  ) {
    this.pagesFetched = soFar.pages;
    this.fetchedCount = soFar.fetched;
    this.insertedCount = soFar.inserted;
    this.updatedCount = soFar.updated;
    this.skippedCount = soFar.skipped;
    this.fetchedAtStart = soFar.fetched;
  }

  /** Charges per second since this worker took the run up (one decimal); null before a page. */
  private rate(): number | null {
    const seconds = (Date.now() - this.startedAt) / 1000;
    const fetched = this.fetchedCount - this.fetchedAtStart;
    if (fetched === 0 || seconds <= 0) return null;
    return Math.round((fetched / seconds) * 10) / 10;
  }

  /** Announces the run before its first page, so live views show it at once. */
  start(): void {
    this.publish(SyncStatus.RUNNING, false, null);
  }

  page(counts: { fetched: number; inserted: number; updated: number; skipped: number }): void {
    this.pagesFetched += 1;
    this.fetchedCount += counts.fetched;
    this.insertedCount += counts.inserted;
    this.updatedCount += counts.updated;
    this.skippedCount += counts.skipped;
    if (this.pending !== null) return;
    const wait = this.lastPublished + this.intervalMs - Date.now();
    if (wait <= 0) this.publish(SyncStatus.RUNNING, false, null);
    else this.pending = setTimeout(() => this.flush(), wait);
  }

  /** Publishes at once the counters a page left waiting for the interval (a slice ends). */
  flush(): void {
    if (this.pending === null) return;
    this.publish(SyncStatus.RUNNING, false, null);
  }

  finish(outcome: {
    status: SyncStatus.SUCCEEDED | SyncStatus.FAILED;
    errorCode: string | null;
    errorMessage: string | null;
  }): void {
    this.publish(outcome.status, true, outcome);
  }

  private publish(
    status: SyncProgressEvent['status'],
    done: boolean,
    error: { errorCode: string | null; errorMessage: string | null } | null,
  ): void {
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = null;
    this.lastPublished = Date.now();
    this.pubSub.publish('SYNC_PROGRESS', {
      ...this.run,
      status,
      pagesFetched: this.pagesFetched,
      fetchedCount: this.fetchedCount,
      insertedCount: this.insertedCount,
      updatedCount: this.updatedCount,
      chargesPerSecond: this.rate(),
      done,
      errorCode: error?.errorCode ?? null,
      errorMessage: error?.errorMessage ?? null,
    });
  }
}
