import type { FilterQuery } from '@mikro-orm/core';
import { decodeKeyset } from './cursor.js';

/**
 * The rows after `cursor` in a list ordered by `property` desc, then id desc:
 * `property <= at AND (property < at OR id < id)`. Throws InvalidCursorError on a bad cursor.
 */
export function olderThanCursor<T extends { id: string }>(
  property: keyof T & string,
  cursor: string,
): FilterQuery<T> {
  const { at, id } = decodeKeyset(cursor);
  // The redundant `<=` bound lets both planners start the index range at the cursor.
  return {
    $and: [
      { [property]: { $lte: at } },
      { $or: [{ [property]: { $lt: at } }, { id: { $lt: id } }] },
    ],
  } as FilterQuery<T>;
}
