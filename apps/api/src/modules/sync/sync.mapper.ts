import type { SyncRunEntity } from '@cora/db';
import { SyncRunView } from './sync.types.js';

/** The contract's view of a sync run, field by field. */
export function toSyncRunView(run: SyncRunEntity): SyncRunView {
  const view = new SyncRunView();
  view.id = run.id;
  view.status = run.status;
  view.trigger = run.trigger;
  view.full = run.full;
  view.startedAt = run.startedAt;
  view.finishedAt = run.finishedAt ?? null;
  view.pagesFetched = run.pages;
  view.fetchedCount = run.fetched;
  view.insertedCount = run.inserted;
  view.updatedCount = run.updated;
  view.skippedCount = run.skipped;
  view.errorCode = run.errorCode ?? null;
  view.errorMessage = run.errorMessage ?? null;
  view.note = run.note ?? null;
  return view;
}
