import type { FilterQuery } from '@mikro-orm/core';
import type { Keyset } from './cursor.js';

/**
 * The rows after a keyset position in a list ordered by `property` desc, then id desc:
 * `property <= at AND (property < at OR id < id)`. The redundant `<=` bound lets both
 * planners start the index range at the position.
 */
export function olderThanCursor<T extends { id: string }>(
  property: keyof T & string,
  after: Keyset,
): FilterQuery<T> {
  const { at, id } = after;
  return {
    $and: [
      { [property]: { $lte: at } },
      { $or: [{ [property]: { $lt: at } }, { id: { $lt: id } }] },
    ],
  } as FilterQuery<T>;
}

/** The same condition as SQL over a date column and `id`, with its bound values. */
export function olderThanKeysetSql(
  column: string,
  after: Keyset,
): { sql: string; params: unknown[] } {
  return {
    sql: `${column} <= ? and (${column} < ? or id < ?)`,
    params: [after.at, after.at, after.id],
  };
}
