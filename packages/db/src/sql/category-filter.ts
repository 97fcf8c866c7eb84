import type { TransactionFilter } from '@cora/core';

/** The `category` condition of a filter (one stored spelling or several), or null for none. */
export function categoryCondition(
  category: TransactionFilter['category'],
): { sql: string; params: string[] } | null {
  const names = typeof category === 'string' ? [category] : (category ?? []);
  if (names.length === 0) return null;
  return { sql: `category in (${names.map(() => '?').join(', ')})`, params: [...names] };
}
