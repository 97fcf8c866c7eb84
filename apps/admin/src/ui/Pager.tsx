import type { CursorPager } from './useCursorPager.js';
import { formatCount } from './format.js';

/** One page of a keyset-paginated list, as every list query answers it. */
export interface PageOfList {
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/** Previous/next buttons for a keyset-paginated list, with where the reader is. */
export function Pager({
  pager,
  label,
  list,
}: {
  pager: CursorPager;
  label: string;
  list: PageOfList;
}) {
  const { hasNextPage, endCursor = null } = list.pageInfo;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" className="button" disabled={pager.page <= 1} onClick={pager.previous}>
        Previous
      </button>
      <span className="pager-status">
        Page {pager.page} · {formatCount(list.edges.length)} shown of {formatCount(list.totalCount)}
      </span>
      <button
        type="button"
        className="button"
        disabled={!hasNextPage}
        onClick={() => pager.next(endCursor)}
      >
        Next
      </button>
    </nav>
  );
}
