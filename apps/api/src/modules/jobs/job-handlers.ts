import type { SyncScheduler } from '../sync/scheduler.js';
import type { SyncEngine } from '../sync/sync.engine.js';
import type { WebhookProcessor } from '../webhooks/webhook.processor.js';
import type { JobHandlers } from './job-queue.js';

/** Who works each kind of job; a process without webhooks or a scheduler leaves them out. */
export function jobHandlers(parts: {
  engine: SyncEngine;
  scheduler?: SyncScheduler;
  webhooks?: WebhookProcessor;
}): JobHandlers {
  const { engine, scheduler, webhooks } = parts;
  return {
    syncSlice: (job, resumed) => engine.runSlice(job, resumed),
    syncAbandoned: (job) => engine.abandon(job),
    webhook: (eventId) => webhooks?.attempt(eventId) ?? Promise.resolve(),
    webhookParked: (eventId) => webhooks?.park(eventId) ?? Promise.resolve(),
    tick: () => scheduler?.tick() ?? Promise.resolve(),
  };
}
