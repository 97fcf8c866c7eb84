import { createContext } from 'react';

/**
 * The categories the editor suggests. A context rather than a column option: columns stay
 * the same objects, so a new list (say, after the statistics refetch) does not remount
 * an open editor or drop its focus.
 */
export const KnownCategories = createContext<string[]>([]);
