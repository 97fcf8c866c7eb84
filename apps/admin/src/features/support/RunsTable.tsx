import type { TableOptions } from '@tanstack/react-table';
import { useQuery } from 'urql';
import type { SyncStatus, SupportSyncRunsQueryVariables } from '../../gql/graphql.js';
import { Pager } from '../../ui/Pager.js';
import { nodesOf, QueryTable } from '../../ui/QueryTable.js';
import { EmptyState } from '../../ui/States.js';
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
  const [{ data, ...queryStatus }, refetch] = useQuery({ query: SupportSyncRunsQuery, variables });
  const page = data?.supportSyncRuns;
  const headingId = `runs-${status.toLowerCase()}`;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {page && <span className="count"> ({page.totalCount})</span>}
      </h2>
      <QueryTable
        rows={nodesOf(page)}
        status={queryStatus}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        errorTitle="The runs could not be loaded."
        loadingLabel="Loading runs…"
        empty={<EmptyState title={empty} />}
        caption={title}
        columns={columns}
        getRowId={(row) => row.run.id}
        footer={page && <Pager pager={pager} label={title} list={page} />}
      />
    </section>
  );
}
