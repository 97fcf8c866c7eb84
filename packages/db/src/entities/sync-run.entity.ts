import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { SyncTrigger } from '../enums.js';
import { SyncStatus } from '../enums.js';
import { newId } from '../ids.js';
import { StripeConnection } from './connection.entity.js';

/** A JSON-able resume point handed over by the sync engine. */
export type SyncCheckpoint = Record<string, unknown>;

/**
 * One sync run: the history row and the resume checkpoint. The partial unique index lets
 * the database itself refuse a second RUNNING run for the same connection.
 */
export const SyncRun = defineEntity({
  name: 'SyncRun',
  tableName: 'sync_run',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    connection: p.manyToOne(StripeConnection).ref().deleteRule('cascade').index(false),
    trigger: p.string().$type<SyncTrigger>().length(16),
    full: p.boolean().default(false),
    status: p.string().$type<SyncStatus>().length(16).default(SyncStatus.RUNNING),
    startedAt: p.datetime().onCreate(() => new Date()),
    finishedAt: p.datetime().nullable(),
    /** Last sign of life (start or page); stale RUNNING runs are found by it. */
    updatedAt: p.datetime().onCreate(() => new Date()),
    /**
     * The number of the slice now working the run: each slice claims the next one, and its
     * writes hold only while it is still the latest (a slice whose job expired is fenced off).
     */
    slice: p.integer().default(0),
    pages: p.integer().default(0),
    fetched: p.integer().default(0),
    inserted: p.integer().default(0),
    updated: p.integer().default(0),
    skipped: p.integer().default(0),
    errorCode: p.string().length(64).nullable(),
    errorMessage: p.text().nullable(),
    /** Why the run did what it did (e.g. a full import instead of an incremental one). */
    note: p.text().nullable(),
    checkpoint: p.json<SyncCheckpoint>().nullable(),
  }),
  indexes: [
    { name: 'sync_run_history_index', properties: ['connection', 'startedAt', 'id'] },
    { name: 'sync_run_status_index', properties: ['status', 'updatedAt'] },
  ],
  uniques: [
    {
      name: 'sync_run_one_running_unique',
      expression: `create unique index "sync_run_one_running_unique" on "sync_run" ("connection_id") where "status" = 'RUNNING'`,
    },
  ],
});

/** A loaded SyncRun row. */
export type SyncRunEntity = InferEntity<typeof SyncRun>;
