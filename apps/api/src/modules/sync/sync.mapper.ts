import type { Page, SyncRunEntity } from '@cora/db';
import { SyncRunConnection, SyncRunView } from './sync.types.js';

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

export function toSyncRunConnection(
  page: Page<SyncRunEntity>,
  totalCount: number,
): SyncRunConnection {
  const connection = new SyncRunConnection();
  connection.edges = page.edges.map((edge) => ({
    cursor: edge.cursor,
    node: toSyncRunView(edge.node),
  }));
  connection.pageInfo = page.pageInfo;
  connection.totalCount = totalCount;
  return connection;
}
