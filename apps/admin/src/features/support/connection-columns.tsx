import { createColumnHelper } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { SupportConnectionFieldsFragment } from '../../gql/graphql.js';
import { formatDateTime } from '../../ui/format.js';
import { StatusBadge } from '../../ui/StatusBadge.js';

const column = createColumnHelper<SupportConnectionFieldsFragment>();

/** The connections table: the user id opens the detail; the last error sorts first. */
export const connectionColumns = [
  column.accessor('userId', {
    header: 'User',
    cell: (c) => (
      <Link className="nowrap" to={`/support/connections/${encodeURIComponent(c.getValue())}`}>
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor('stripeAccountId', {
    header: 'Stripe account',
    cell: (c) => c.getValue() ?? '—',
  }),
  column.accessor('status', {
    header: 'Status',
    cell: (c) => <StatusBadge status={c.getValue()} />,
  }),
  column.accessor((row) => row.lastErrorAt ?? undefined, {
    id: 'lastErrorAt',
    header: 'Last error',
    enableSorting: true,
    sortUndefined: 'last',
    cell: (c) =>
      c.row.original.lastErrorCode ? (
        <span className="stacked">
          <span className="error-text">
            <code>{c.row.original.lastErrorCode}</code> {c.row.original.lastErrorMessage}
          </span>
          <small>{formatDateTime(c.row.original.lastErrorAt)}</small>
        </span>
      ) : (
        '—'
      ),
  }),
  column.accessor('lastSyncedAt', {
    header: 'Last sync',
    enableSorting: true,
    cell: (c) => formatDateTime(c.getValue()),
  }),
  column.accessor('nextSyncAt', { header: 'Next sync', cell: (c) => formatDateTime(c.getValue()) }),
];
