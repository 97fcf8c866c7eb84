import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { SupportSyncRunsQuery } from '../../gql/graphql.js';
import { formatCount, formatDateTime, formatDuration, formatQuantity } from '../../ui/format.js';
import { ProgressBar } from '../../ui/ProgressBar.js';

/** A run with whose it is. */
export type SupportRun = SupportSyncRunsQuery['supportSyncRuns']['edges'][number]['node'];

const column = createColumnHelper<SupportRun>();

const user = column.accessor('userId', {
  header: 'User',
  cell: (c) => (
    <Link className="nowrap" to={`/support/connections/${encodeURIComponent(c.getValue())}`}>
      {c.getValue()}
    </Link>
  ),
});
const account = column.accessor('stripeAccountId', {
  header: 'Stripe account',
  cell: (c) => c.getValue() ?? '—',
});
const trigger = column.accessor((row) => row.run.trigger, {
  id: 'trigger',
  header: 'Trigger',
  cell: (c) => c.getValue().toLowerCase(),
});
const started = column.accessor((row) => row.run.startedAt, {
  id: 'startedAt',
  header: 'Started',
  cell: (c) => <span className="nowrap">{formatDateTime(c.getValue())}</span>,
});

/** Running runs with their live progress (the cache applies each progress event). */
export const runningColumns = [
  user,
  account,
  trigger,
  started,
  column.display({
    id: 'progress',
    header: 'Progress',
    cell: (c) => {
      const run = c.row.original.run;
      return (
        <ProgressBar
          label={`Sync of ${c.row.original.userId}`}
          // Stripe gives no total: how far a run is cannot be known, only what it did so far.
          value={null}
          detail={`${formatQuantity(run.pagesFetched, 'page')} · ${formatCount(run.fetchedCount)} fetched · ${formatCount(run.insertedCount)} new`}
        />
      );
    },
  }),
];

const duration = column.display({
  id: 'duration',
  header: 'Duration',
  cell: (c) => formatDuration(c.row.original.run.startedAt, c.row.original.run.finishedAt),
});

/** Succeeded runs with what they brought in. */
export const succeededColumns = [
  user,
  account,
  trigger,
  started,
  duration,
  column.accessor((row) => row.run.fetchedCount, {
    id: 'fetched',
    header: 'Fetched',
    cell: (c) => formatCount(c.getValue()),
  }),
  column.accessor((row) => row.run.insertedCount, {
    id: 'inserted',
    header: 'New',
    cell: (c) => formatCount(c.getValue()),
  }),
  column.accessor((row) => row.run.updatedCount, {
    id: 'updated',
    header: 'Updated',
    cell: (c) => formatCount(c.getValue()),
  }),
];

/** Failed runs with their classified error. */
export const failedColumns = [
  user,
  account,
  trigger,
  started,
  column.accessor((row) => row.run.errorCode ?? '', {
    id: 'errorCode',
    header: 'Error code',
    enableSorting: true,
    cell: (c) => <code>{c.getValue() || '—'}</code>,
  }),
  column.display({
    id: 'errorMessage',
    header: 'Message',
    cell: (c) => c.row.original.run.errorMessage ?? '—',
  }),
  duration,
];
