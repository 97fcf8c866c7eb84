import { createColumnHelper } from '@tanstack/react-table';
import type { SyncRunFieldsFragment } from '../../../gql/graphql.js';
import { formatCount, formatDateTime, formatDuration } from '../../../ui/format.js';
import { Pager } from '../../../ui/Pager.js';
import { nodesOf, QueryTable } from '../../../ui/QueryTable.js';
import { EmptyState } from '../../../ui/States.js';
import { StatusBadge } from '../../../ui/StatusBadge.js';
import { useCursorPager } from '../../../ui/useCursorPager.js';
import type { DataSource } from '../source.js';
import { useSyncHistory } from './use-sync-history.js';
const column = createColumnHelper<SyncRunFieldsFragment>();

const columns = [
  column.accessor('status', {
    header: 'Status',
    cell: (c) => <StatusBadge status={c.getValue()} />,
  }),
  column.accessor('trigger', {
    header: 'Trigger',
    cell: (c) => `${c.getValue().toLowerCase()}${c.row.original.full ? ' (full)' : ''}`,
  }),
  column.accessor('startedAt', {
    header: 'Started',
    cell: (c) => <span className="nowrap">{formatDateTime(c.getValue())}</span>,
  }),
  column.display({
    id: 'duration',
    header: 'Duration',
    cell: (c) => formatDuration(c.row.original.startedAt, c.row.original.finishedAt),
  }),
  column.accessor('pagesFetched', { header: 'Pages', cell: (c) => formatCount(c.getValue()) }),
  column.accessor('fetchedCount', { header: 'Fetched', cell: (c) => formatCount(c.getValue()) }),
  column.accessor('insertedCount', { header: 'New', cell: (c) => formatCount(c.getValue()) }),
  column.accessor('updatedCount', { header: 'Updated', cell: (c) => formatCount(c.getValue()) }),
  column.accessor('skippedCount', { header: 'Skipped', cell: (c) => formatCount(c.getValue()) }),
  column.display({
    id: 'error',
    header: 'Error',
    cell: (c) =>
      c.row.original.errorCode ? (
        <span className="error-text">
          <code>{c.row.original.errorCode}</code> {c.row.original.errorMessage}
        </span>
      ) : (
        '—'
      ),
  }),
];

/** Every sync run with status, counts, duration and errors, newest first. */
export function SyncHistorySection({ source }: { source: DataSource }) {
  const pager = useCursorPager('history');
  const { page, refetch, ...status } = useSyncHistory(source, pager.after);

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Sync history</h2>
      <p className="hint">
        Skipped: charges that did not succeed (declined or failed). They are not money received, so
        they stay out of the books.
      </p>
      <QueryTable
        rows={nodesOf(page)}
        status={status}
        onRetry={refetch}
        errorTitle="The history could not be loaded."
        loadingLabel="Loading the sync history…"
        empty={
          <EmptyState title="No syncs yet.">
            <p>The first sync starts as soon as Stripe is connected.</p>
          </EmptyState>
        }
        caption="Sync runs, newest first"
        columns={columns}
        getRowId={(run) => run.id}
        footer={page && <Pager pager={pager} label="Sync history" list={page} />}
      />
    </section>
  );
}
