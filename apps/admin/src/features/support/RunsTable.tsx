import type { TableOptions } from '@tanstack/react-table';
import { useQuery } from 'urql';
import type { SyncStatus, SupportSyncRunsQueryVariables } from '../../gql/graphql.js';
import { DataTable } from '../../ui/DataTable.js';
import { Pager } from '../../ui/Pager.js';
import { EmptyState, ErrorNotice, Loading } from '../../ui/States.js';
import { useCursorPager } from '../../ui/useCursorPager.js';
import type { SupportRun } from './run-columns.js';
import { SupportSyncRunsQuery } from './support.documents.js';

/** One list of runs across users (by status, optionally since a time). */
export function RunsTable({
  title,
  status,
  since,
  columns,
  empty,
}: {
  title: string;
  status: SyncStatus;
  since?: string;
  columns: TableOptions<SupportRun>['columns'];
  empty: string;
}) {
  const pager = useCursorPager(`${status}|${since ?? ''}`);
  const variables: SupportSyncRunsQueryVariables = {
    status,
    first: 20,
    after: pager.after,
    since: since ?? null,
  };
  const [{ data, fetching, error }, refetch] = useQuery({ query: SupportSyncRunsQuery, variables });
  const page = data?.supportSyncRuns;
  const headingId = `runs-${status.toLowerCase()}`;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {page && <span className="count"> ({page.totalCount})</span>}
      </h2>
      {error && !page && (
        <ErrorNotice
          error={error}
          title="The runs could not be loaded."
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {!page && fetching && <Loading label="Loading runs…" />}
      {page && page.edges.length === 0 && <EmptyState title={empty} />}
      {page && page.edges.length > 0 && (
        <>
          <DataTable
            caption={title}
            captionHidden
            data={page.edges.map((edge) => edge.node)}
            columns={columns}
            getRowId={(row) => row.run.id}
          />
          <Pager pager={pager} label={title} list={page} />
        </>
      )}
    </section>
  );
}
