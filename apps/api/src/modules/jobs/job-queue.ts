import type { SqlEntityManager } from '@mikro-orm/knex';
import type { JobsConfig } from '../../config/config.js';

/** One slice of work on a sync run; the same run id until the run ends. */
export interface SyncJob {
  runId: string;
  connectionId: string;
}

/** What the queue calls; the sync engine, webhook processor and scheduler provide it. */
export interface JobHandlers {
  /**
   * Works one bounded slice of a RUNNING run from its checkpoint and, when the run is not
   * finished, enqueues its continuation. `resumed`: an earlier attempt was interrupted.
   */
  syncSlice(job: SyncJob, resumed: boolean): Promise<void>;
  /** A run's slices kept dying and the queue gave up on it. */
  syncAbandoned(job: SyncJob): Promise<void>;
  /** One attempt at a recorded webhook event; throws when it failed. */
  webhook(eventId: string): Promise<void>;
  /** An event's attempts ran out: it is parked until support retries it. */
  webhookParked(eventId: string): Promise<void>;
  /** The scheduler's pass: due syncs, runs and events that have no job. */
  tick(): Promise<void>;
}

/** What a transaction given to `startSync` did: the slice to enqueue with it, if any. */
export interface StartedSync<T> {
  job: SyncJob | null;
  result: T;
}

/** Durations and bounds of the queue (the slice length is the engine's). */
export type JobQueueOptions = Omit<JobsConfig, 'sliceSeconds'>;

/**
 * The durable work of the API: sync runs in slices, webhook events with bounded retries,
 * and the scheduler's pass. pg-boss on PostgreSQL (several instances share it), an
 * in-process runner on SQLite; both pass the same contract tests.
 */
export interface JobQueue {
  /** Handlers to work jobs with; set once, before `open`. */
  bind(handlers: JobHandlers): void;
  /**
   * Connects; with `work`, also works jobs on this instance (on SQLite, resumes what a
   * previous process left: RUNNING runs and unprocessed events).
   */
  open(work: boolean): Promise<void>;
  /** Runs the scheduler's pass on a timer (cron on PostgreSQL: once across instances). */
  schedule(): Promise<void>;
  /**
   * Runs `start` in one database transaction with the enqueueing of the slice it returns,
   * so that a run is never committed without its first slice (nor a slice without its run).
   */
  startSync<T>(
    em: SqlEntityManager,
    start: (tx: SqlEntityManager) => Promise<StartedSync<T>>,
  ): Promise<T>;
  /** Enqueues a slice of `job.runId`; at most one slice per connection runs at once. */
  enqueueSync(job: SyncJob, options?: { resumed?: boolean }): Promise<void>;
  /** Whether a slice of the connection's run is queued, waiting for a retry, or running. */
  isSyncPending(connectionId: string): Promise<boolean>;
  /**
   * Enqueues attempts at an event. Idempotent for a recorded event; `again` starts a new
   * round of attempts (support's retry of a parked event).
   */
  enqueueWebhook(eventId: string, options?: { again?: boolean }): Promise<void>;
  /** Resolves when no job is queued, waiting or running (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops taking jobs and waits for the running ones (slices pause at their next page). */
  stop(): Promise<void>;
}

/** How the sync engine is told to end its slices early when the instance stops. */
export interface Pausable {
  pauseSlices(): void;
}
