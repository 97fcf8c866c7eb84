import { useState } from 'react';
import { useQuery } from 'urql';
import type { ConnectionStatus } from '../../gql/graphql.js';
import { FilterForm, SearchField, SelectField } from '../../ui/FilterForm.js';
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
      <FilterForm label="Find connections">
        <SearchField label="User id or Stripe account" value={search} onChange={setSearch} />
        <SelectField
          label="Status"
          value={status}
          onChange={(next) => setStatus(next as ConnectionStatus | '')}
          anyLabel="Any status"
          options={STATUSES}
          optionLabel={(value) => value.replace(/_/g, ' ').toLowerCase()}
        />
      </FilterForm>
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
