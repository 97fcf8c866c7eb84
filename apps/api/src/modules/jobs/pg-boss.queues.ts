import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { JobQueueOptions, SyncJob } from './job-queue.js';

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const PG_BOSS_SCHEMA = 'pgboss';

export const QUEUE = {
  sync: 'sync-run',
  syncAbandoned: 'sync-run-abandoned',
  webhook: 'webhook-event',
  webhookParked: 'webhook-event-parked',
  tick: 'sync-tick',
} as const;

/** Queues whose jobs `idle()` waits for (the cron tick is never "done"). */
export const WORK_QUEUES = [QUEUE.sync, QUEUE.syncAbandoned, QUEUE.webhook, QUEUE.webhookParked];

/** Slices retried after their worker died, before the run is given up. */
export const SYNC_RETRY_LIMIT = 5;

export interface SyncJobData extends SyncJob {
  resumed?: boolean;
}

/** A stable job id for a name, so enqueueing the same event twice inserts one job. */
export function stableJobId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The queues and their policies: retries, backoff, expiry and dead letters are pg-boss's. */
export function queueDefinitions(options: JobQueueOptions): PgBoss.Queue[] {
  const expireInSeconds = options.expireSeconds;
  return [
    { name: QUEUE.syncAbandoned, policy: 'standard', retryLimit: 3, expireInSeconds },
    { name: QUEUE.webhookParked, policy: 'standard', retryLimit: 3, expireInSeconds },
    {
      name: QUEUE.sync,
      policy: 'stately',
      retryLimit: SYNC_RETRY_LIMIT,
      retryDelay: 0,
      expireInSeconds,
      deadLetter: QUEUE.syncAbandoned,
    },
    {
      name: QUEUE.webhook,
      policy: 'standard',
      retryLimit: options.webhookMaxAttempts - 1,
      retryDelay: options.webhookRetryDelaySeconds,
      retryBackoff: true,
      expireInSeconds,
      deadLetter: QUEUE.webhookParked,
    },
    { name: QUEUE.tick, policy: 'stately', retryLimit: 0, expireInSeconds: 300 },
  ];
}
