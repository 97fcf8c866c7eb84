import { useState } from 'react';

/** Where a keyset-paginated list is: the cursor to ask with, and how to move. */
export interface CursorPager {
  after: string | null;
  page: number;
  next: (endCursor: string | null) => void;
  previous: () => void;
}

/**
 * Keeps the cursors of the pages seen so far, so "Previous" needs no backwards cursor.
 * A change of `resetKey` (say, new filters) starts again at the first page.
 */
export function useCursorPager(resetKey: string): CursorPager {
  const [state, setState] = useState({ key: resetKey, cursors: [null] as Array<string | null> });
  const cursors = state.key === resetKey ? state.cursors : [null];
  if (state.key !== resetKey) setState({ key: resetKey, cursors });

  return {
    after: cursors[cursors.length - 1] ?? null,
    page: cursors.length,
    next: (endCursor) => {
      if (endCursor !== null) setState({ key: resetKey, cursors: [...cursors, endCursor] });
    },
    previous: () => {
      if (cursors.length > 1) setState({ key: resetKey, cursors: cursors.slice(0, -1) });
    },
  };
}
