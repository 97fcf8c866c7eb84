import { useMemo, useState } from 'react';
import { DataTable } from '../../../ui/DataTable.js';
import { Pager } from '../../../ui/Pager.js';
import { EmptyState, ErrorNotice, Loading } from '../../../ui/States.js';
import { useCursorPager } from '../../../ui/useCursorPager.js';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.js';
import type { DataSource } from '../source.js';
import { knownValues, useStats } from '../stats/use-stats.js';
import { hasFilters, NO_FILTERS, toTransactionFilter } from './filters.js';
import { KnownCategories } from './known-categories.js';
import { editableColumns, readOnlyColumns } from './transaction-columns.js';
import { TransactionFilters } from './TransactionFilters.js';
import { useTransactions } from './use-transactions.js';

const PAGE_SIZE = 25;

/** The transaction list: filters, keyset pages, and (for the owner) inline categories. */
export function TransactionsSection({ source }: { source: DataSource }) {
  const [fields, setFields] = useState(NO_FILTERS);
  const search = useDebouncedValue(fields.search, 300);
  const filter = useMemo(() => toTransactionFilter({ ...fields, search }), [fields, search]);
  const pager = useCursorPager(JSON.stringify(filter));
  const { page, fetching, error, refetch } = useTransactions(source, {
    first: PAGE_SIZE,
    after: pager.after,
    filter,
  });
  const { stats } = useStats(source);
  const { categories, currencies } = useMemo(() => knownValues(stats), [stats]);
  const columns = source.kind === 'user' ? editableColumns : readOnlyColumns;

  return (
    <section className="card" aria-labelledby="transactions-heading">
      <h2 id="transactions-heading">Transactions</h2>
      <TransactionFilters
        value={fields}
        onChange={setFields}
        categories={categories}
        currencies={currencies}
      />
      {error && !page && (
        <ErrorNotice
          error={error}
          title="The transactions could not be loaded."
          onRetry={refetch}
        />
      )}
      {!page && fetching && <Loading label="Loading transactions…" />}
      {page && page.edges.length === 0 && (
        <EmptyState
          title={
            hasFilters(fields) ? 'No transaction matches these filters.' : 'No transactions yet.'
          }
        >
          <p>
            {hasFilters(fields)
              ? 'Change or clear the filters to see more.'
              : 'Transactions appear here after the first sync.'}
          </p>
        </EmptyState>
      )}
      {page && page.edges.length > 0 && (
        <>
          <KnownCategories value={categories}>
            <DataTable
              caption="Transactions, newest first"
              captionHidden
              data={page.edges.map((edge) => edge.node)}
              columns={columns}
              getRowId={(transaction) => transaction.id}
            />
          </KnownCategories>
          <Pager pager={pager} label="Transactions" list={page} />
        </>
      )}
    </section>
  );
}
