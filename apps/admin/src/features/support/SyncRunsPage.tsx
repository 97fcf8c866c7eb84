import { useState } from 'react';
import { useSubscription } from 'urql';
import { SupportSyncProgressSubscription } from '../integration/sync/sync.documents.js';
import { failedColumns, runningColumns, succeededColumns } from './run-columns.js';
import { RunsTable } from './RunsTable.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs across users: those running now (live), and those that failed or succeeded in the last 24 hours. */
export function SyncRunsPage() {
  // Progress events reach the running list through the cache, which applies each one.
  useSubscription({ query: SupportSyncProgressSubscription });
  const [since] = useState(() => new Date(Date.now() - DAY_MS).toISOString());

  return (
    <>
      <h1>Sync runs</h1>
      <RunsTable
        title="Running now"
        status="RUNNING"
        columns={runningColumns}
        empty="No sync is running right now."
      />
      <RunsTable
        title="Failed in the last 24 hours"
        status="FAILED"
        since={since}
        columns={failedColumns}
        empty="No sync failed in the last 24 hours."
      />
      <RunsTable
        title="Succeeded in the last 24 hours"
        status="SUCCEEDED"
        since={since}
        columns={succeededColumns}
        empty="No sync succeeded in the last 24 hours."
      />
    </>
  );
}
