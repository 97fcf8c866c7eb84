import type { PageRequest } from '../http/list-params.js';
import type { SortedIndex } from './sorted-index.js';

/** One page of rows, newest first. */
export interface Page {
  rows: number[];
  hasMore: boolean;
}

function bounds(index: SortedIndex, request: PageRequest): [number, number] {
  let lo = 0;
  let hi = index.length;
  const { gt, gte, lt, lte } = request.created;
  if (gte !== undefined) lo = Math.max(lo, index.firstAtOrAfter(gte));
  if (gt !== undefined) lo = Math.max(lo, index.firstAtOrAfter(gt + 1));
  if (lte !== undefined) hi = Math.min(hi, index.firstAtOrAfter(lte + 1));
  if (lt !== undefined) hi = Math.min(hi, index.firstAtOrAfter(lt));
  if (request.startingAfter !== null) hi = Math.min(hi, index.positionOf(request.startingAfter));
  if (request.endingBefore !== null) lo = Math.max(lo, index.positionOf(request.endingBefore) + 1);
  return [lo, hi];
}

/**
 * Stripe's cursor pagination over an index: newest first; `starting_after`
 * continues with older rows, `ending_before` returns the rows just newer than
 * the cursor (still newest first). `matches` narrows the rows (a filter).
 */
export function pageOf(
  index: SortedIndex,
  request: PageRequest,
  matches?: (row: number) => boolean,
): Page {
  const [lo, hi] = bounds(index, request);
  const rows: number[] = [];
  if (request.endingBefore !== null) {
    let position = lo;
    for (; position < hi && rows.length < request.limit; position += 1) {
      const row = index.at(position);
      if (matches === undefined || matches(row)) rows.push(row);
    }
    return { rows: rows.reverse(), hasMore: hasMatch(index, position, hi, 1, matches) };
  }
  let position = hi - 1;
  for (; position >= lo && rows.length < request.limit; position -= 1) {
    const row = index.at(position);
    if (matches === undefined || matches(row)) rows.push(row);
  }
  return { rows, hasMore: hasMatch(index, position, lo - 1, -1, matches) };
}

function hasMatch(
  index: SortedIndex,
  from: number,
  end: number,
  step: 1 | -1,
  matches?: (row: number) => boolean,
): boolean {
  for (let position = from; step > 0 ? position < end : position > end; position += step) {
    if (matches === undefined || matches(index.at(position))) return true;
  }
  return false;
}
