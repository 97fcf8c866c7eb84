import type { ReactNode } from 'react';
import { DataTable, type DataTableProps } from './DataTable.js';
import { PendingQuery, type QueryStatus } from './States.js';

/**
 * The rows a query lists: its error or loading line until they arrive, then what an
 * empty list means, or the table (caption for screen readers) and what follows it, such
 * as the pager.
 */
export function QueryTable<T>({
  rows,
  status,
  onRetry,
  errorTitle,
  loadingLabel,
  empty,
  footer,
  ...table
}: Omit<DataTableProps<T>, 'data' | 'captionHidden'> & {
  rows: T[] | undefined;
  status: QueryStatus;
  onRetry: () => void;
  errorTitle: string;
  loadingLabel: string;
  empty: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <>
      <PendingQuery
        status={status}
        loaded={rows !== undefined}
        errorTitle={errorTitle}
        loadingLabel={loadingLabel}
        onRetry={onRetry}
      />
      {rows && rows.length === 0 && empty}
      {rows && rows.length > 0 && (
        <>
          <DataTable {...table} data={rows} captionHidden />
          {footer}
        </>
      )}
    </>
  );
}

/** The nodes of a list page, or nothing before it arrives. */
export function nodesOf<T>(
  page: { edges: ReadonlyArray<{ node: T }> } | undefined,
): T[] | undefined {
  return page?.edges.map((edge) => edge.node);
}
