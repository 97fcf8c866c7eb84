import { createColumnHelper } from '@tanstack/react-table';
import { useQuery } from 'urql';
import type { AuditEntryFieldsFragment as Entry } from '../../gql/graphql.js';
import { formatDateTime } from '../../ui/format.js';
import { Pager } from '../../ui/Pager.js';
import { nodesOf, QueryTable } from '../../ui/QueryTable.js';
import { EmptyState } from '../../ui/States.js';
import { useCursorPager } from '../../ui/useCursorPager.js';
import { actionText, detailsText } from './audit-words.js';
import { SupportAuditLogQuery } from './support.documents.js';

const column = createColumnHelper<Entry>();

const columns = [
  column.accessor('at', { header: 'When', cell: (c) => formatDateTime(c.getValue()) }),
  column.accessor('actorId', {
    header: 'Who',
    cell: (c) => `${c.getValue()} (${c.row.original.actorRole})`,
  }),
  column.accessor('action', {
    header: 'Action',
    cell: (c) => <span title={c.getValue()}>{actionText(c.getValue())}</span>,
  }),
  column.accessor('target', { header: 'Target' }),
  column.accessor('details', {
    header: 'Details',
    cell: (c) => detailsText(c.row.original.action, c.getValue()),
  }),
];

/**
 * Every support action taken on this user's connection, newest first, in words; reads are
 * one entry per visit.
 */
export function AuditTrail({ userId }: { userId: string }) {
  const pager = useCursorPager(userId);
  const [{ data, ...status }, refetch] = useQuery({
    query: SupportAuditLogQuery,
    variables: { userId, first: 20, after: pager.after },
  });
  const page = data?.supportAuditLog;
  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit trail</h2>
      <QueryTable
        rows={nodesOf(page)}
        status={status}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="The audit trail could not be loaded."
        loadingLabel="Loading the audit trail…"
        empty={<EmptyState title="No support actions recorded yet." />}
        caption="Support actions, newest first"
        columns={columns}
        getRowId={(entry) => entry.id}
        footer={page && <Pager pager={pager} label="Audit trail" list={page} />}
      />
    </section>
  );
}
