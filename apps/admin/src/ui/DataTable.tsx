import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
  type TableOptions,
} from '@tanstack/react-table';
import { useId, useState } from 'react';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** The rows of a table, its columns and its caption. */
export interface DataTableProps<T> {
  caption: string;
  data: T[];
  columns: TableOptions<T>['columns'];
  getRowId: (row: T) => string;
  initialSorting?: SortingState;
  captionHidden?: boolean;
}

/**
 * A table with a caption, sortable headers (buttons, so the keyboard reaches them) and a
 * focusable scroll region for narrow screens. Columns opt in to sorting.
 */
export function DataTable<T>({
  caption,
  data,
  columns,
  getRowId,
  initialSorting = [],
  captionHidden = false,
}: DataTableProps<T>) {
  const captionId = useId();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const table = useReactTable({
    data,
    columns,
    getRowId,
    state: { sorting },
    onSortingChange: setSorting,
    defaultColumn: { enableSorting: false },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {/* Explicit roles keep table semantics when narrow screens restyle rows as cards. */}
      <table className="table table-cards" role="table">
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead role="rowgroup">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} role="row">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    role="columnheader"
                    aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {label}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody role="rowgroup">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} role="row">
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  role="cell"
                  data-label={String(cell.column.columnDef.header ?? '')}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
