import { parseDatabaseUrl, type Orm } from '@cora/db';
import type { Logger } from 'pino';
import { InProcessJobQueue } from './in-process.queue.js';
import type { JobQueue, JobQueueOptions } from './job-queue.js';
import { PgBossJobQueue } from './pg-boss.queue.js';

/** pg-boss on PostgreSQL; the in-process runner on the embedded SQLite default. */
export function createJobQueue(
  databaseUrl: string,
  orm: Orm,
  options: JobQueueOptions,
  logger: Logger,
): JobQueue {
  return parseDatabaseUrl(databaseUrl).dialect === 'postgresql'
    ? new PgBossJobQueue(databaseUrl, options, logger)
    : new InProcessJobQueue(orm, options, logger);
}
