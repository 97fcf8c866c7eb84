/** One page of a Stripe list, with the time it was fetched (the rows' change marker). */
export interface FetchedPage<T> {
  data: T[];
  hasMore: boolean;
  fetchedAt: number;
}

export type FetchPage<T> = (
  startingAfter: string | undefined,
) => Promise<{ data: T[]; has_more: boolean }>;

/**
 * Pages through a Stripe list (newest first, `starting_after`), keeping the next request
 * in flight while the caller writes the current page.
 */
export async function* listPages<T extends { id: string }>(
  fetchPage: FetchPage<T>,
  startingAfter?: string,
): AsyncGenerator<FetchedPage<T>> {
  const fetchAt = async (after: string | undefined): Promise<FetchedPage<T>> => {
    const fetchedAt = Date.now();
    const page = await fetchPage(after);
    return { data: page.data, hasMore: page.has_more, fetchedAt };
  };
  let next: Promise<FetchedPage<T>> | null = fetchAt(startingAfter);
  try {
    while (next !== null) {
      const page: FetchedPage<T> = await next;
      const last = page.data.at(-1);
      next = page.hasMore && last !== undefined ? fetchAt(last.id) : null;
      yield page;
    }
  } finally {
    // The caller stopped early: the prefetch's outcome no longer matters.
    next?.catch(() => undefined);
  }
}
