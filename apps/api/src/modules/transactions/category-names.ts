import { BUILT_IN_CATEGORIES, CategorySpellings } from '@cora/core';
import { StatsRepository } from '@cora/db';
import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * The spellings of a connection's categories, the books' first (in the order the user first saw
 * them), then the built-in ones and `more`: where every category a person or a rule names
 * takes the spelling the user already knows.
 */
export async function categorySpellings(
  em: SqlEntityManager,
  connectionId: string | null,
  more: Iterable<string> = [],
): Promise<CategorySpellings> {
  const stored =
    connectionId === null ? [] : await new StatsRepository(em).categoryNames(connectionId);
  return new CategorySpellings([...stored, ...BUILT_IN_CATEGORIES, ...more]);
}
