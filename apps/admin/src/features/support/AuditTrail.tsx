import { createColumnHelper } from '@tanstack/react-table';
import { useQuery } from 'urql';
import type { SupportAuditLogQuery as AuditData } from '../../gql/graphql.js';
import { DataTable } from '../../ui/DataTable.js';
import { formatDateTime } from '../../ui/format.js';
import { Pager } from '../../ui/Pager.js';
import { EmptyState, ErrorNotice, Loading } from '../../ui/States.js';
import { useCursorPager } from '../../ui/useCursorPager.js';
import { SupportAuditLogQuery } from './support.documents.js';

type Entry = AuditData['supportAuditLog']['edges'][number]['node'];
const column = createColumnHelper<Entry>();

const columns = [
  column.accessor('at', { header: 'When', cell: (c) => formatDateTime(c.getValue()) }),
  column.accessor('actorId', {
    header: 'Who',
    cell: (c) => `${c.getValue()} (${c.row.original.actorRole})`,
  }),
  column.accessor('action', { header: 'Action', cell: (c) => <code>{c.getValue()}</code> }),
  column.accessor('target', { header: 'Target' }),
  column.accessor('details', {
    header: 'Details',
    cell: (c) => {
      const entries = Object.entries(c.getValue());
      return entries.length === 0 ? (
        '—'
      ) : (
        <code className="details">{JSON.stringify(c.getValue())}</code>
      );
    },
  }),
];

/** Every support action taken on this user's connection, newest first. */
export function AuditTrail({ userId }: { userId: string }) {
  const pager = useCursorPager(userId);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SupportAuditLogQuery,
    variables: { userId, first: 20, after: pager.after },
  });
  const page = data?.supportAuditLog;
  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit trail</h2>
      {error && !page && (
        <ErrorNotice
          error={error}
          title="The audit trail could not be loaded."
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {!page && fetching && <Loading label="Loading the audit trail…" />}
      {page && page.edges.length === 0 && <EmptyState title="No support actions recorded yet." />}
      {page && page.edges.length > 0 && (
        <>
          <DataTable
            caption="Support actions, newest first"
            captionHidden
            data={page.edges.map((edge) => edge.node)}
            columns={columns}
            getRowId={(entry) => entry.id}
          />
          <Pager pager={pager} label="Audit trail" list={page} />
        </>
      )}
    </section>
  );
}
