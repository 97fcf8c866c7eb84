import { useMemo, useState } from 'react';
import { Pager } from '../../../ui/Pager.js';
import { nodesOf, QueryTable } from '../../../ui/QueryTable.js';
import { EmptyState } from '../../../ui/States.js';
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
  const { page, refetch, ...status } = useTransactions(source, {
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
      <KnownCategories value={categories}>
        <QueryTable
          rows={nodesOf(page)}
          status={status}
          onRetry={refetch}
          errorTitle="The transactions could not be loaded."
          loadingLabel="Loading transactions…"
          empty={
            <EmptyState
              title={
                hasFilters(fields)
                  ? 'No transaction matches these filters.'
                  : 'No transactions yet.'
              }
            >
              <p>
                {hasFilters(fields)
                  ? 'Change or clear the filters to see more.'
                  : 'Transactions appear here after the first sync.'}
              </p>
            </EmptyState>
          }
          caption="Transactions, newest first"
          columns={columns}
          getRowId={(transaction) => transaction.id}
          footer={page && <Pager pager={pager} label="Transactions" list={page} />}
        />
      </KnownCategories>
    </section>
  );
}
