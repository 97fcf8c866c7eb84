import type { CursorPager } from './useCursorPager.js';
import { formatCount } from './format.js';

/** Previous/next buttons for a keyset-paginated list, with where the reader is. */
export function Pager({
  pager,
  label,
  hasNextPage,
  endCursor,
  shown,
  totalCount,
}: {
  pager: CursorPager;
  label: string;
  hasNextPage: boolean;
  endCursor: string | null;
  shown: number;
  totalCount: number;
}) {
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" className="button" disabled={pager.page <= 1} onClick={pager.previous}>
        Previous
      </button>
      <span className="pager-status">
        Page {pager.page} · {formatCount(shown)} shown of {formatCount(totalCount)}
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
