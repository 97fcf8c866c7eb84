import { useId, useState } from 'react';
import { useQuery } from 'urql';
import type { ConnectionStatus } from '../../gql/graphql.js';
import { Pager } from '../../ui/Pager.js';
import { nodesOf, QueryTable } from '../../ui/QueryTable.js';
import { EmptyState } from '../../ui/States.js';
import { useCursorPager } from '../../ui/useCursorPager.js';
import { useDebouncedValue } from '../../ui/useDebouncedValue.js';
import { connectionColumns } from './connection-columns.js';
import { SupportConnectionsQuery } from './support.documents.js';

const STATUSES: ConnectionStatus[] = ['CONNECTED', 'NEEDS_REAUTH', 'DISCONNECTED', 'NOT_CONNECTED'];

/** Every user's connection: search, filter by status, last error first, paginated. */
export function ConnectionsPage() {
  const id = useId();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ConnectionStatus | ''>('');
  const term = useDebouncedValue(search.trim(), 300);
  const pager = useCursorPager(`${term}|${status}`);
  const [{ data, ...queryStatus }, refetch] = useQuery({
    query: SupportConnectionsQuery,
    variables: {
      first: 20,
      after: pager.after,
      search: term || null,
      status: status || null,
    },
  });
  const page = data?.supportConnections;

  return (
    <>
      <h1>Connections</h1>
      <form
        className="filters"
        role="search"
        aria-label="Find connections"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field field-wide">
          <label htmlFor={`${id}-search`}>User id or Stripe account</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as ConnectionStatus | '')}
          >
            <option value="">Any status</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {value.replace(/_/g, ' ').toLowerCase()}
              </option>
            ))}
          </select>
        </div>
      </form>
      <section className="card" aria-label="Connections">
        <QueryTable
          rows={nodesOf(page)}
          status={queryStatus}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
          errorTitle="The connections could not be loaded."
          loadingLabel="Loading connections…"
          empty={
            <EmptyState title={term || status ? 'No connection matches.' : 'No connections yet.'} />
          }
          caption="Connections, last error first"
          columns={connectionColumns}
          getRowId={(row) => row.id}
          initialSorting={[{ id: 'lastErrorAt', desc: true }]}
          footer={page && <Pager pager={pager} label="Connections" list={page} />}
        />
      </section>
    </>
  );
}
