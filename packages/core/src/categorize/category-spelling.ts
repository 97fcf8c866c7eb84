/**
 * The identity of a category name: two names with the same key are one category. Case,
 * Unicode compatibility forms and runs of white space do not matter ("Office  supplies",
 * " office supplies" and "OFFICE SUPPLIES" are one key).
 */
export function categoryKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** A category name as it should be stored: trimmed, inner white space collapsed, case kept. */
export function tidyCategory(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * The spellings of a user's categories, first seen first. {@link CategorySpellings.spell}
 * answers the spelling already known for a name's {@link categoryKey}, and remembers a new
 * name's tidied spelling so that later spellings of it come back as the first.
 */
export class CategorySpellings {
  readonly #byKey = new Map<string, string>();

  /** `known`: the spellings in the order the user saw them; later duplicates are ignored. */
  constructor(known: Iterable<string> = []) {
    for (const name of known) this.spell(name);
  }

  /** The first spelling of `name`'s category (registering `name`'s when it is new). */
  spell(name: string): string {
    const key = categoryKey(name);
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    const tidy = tidyCategory(name);
    this.#byKey.set(key, tidy);
    return tidy;
  }

  /** The first spelling of `name`'s category, or null when none is known (nothing is registered). */
  find(name: string): string | null {
    return this.#byKey.get(categoryKey(name)) ?? null;
  }

  /** Every known spelling, first seen first. */
  names(): string[] {
    return [...this.#byKey.values()];
  }
}

/** Every spelling in `stored` that names the same category as `name` (for a filter over stored rows). */
export function spellingsOf(name: string, stored: Iterable<string>): string[] {
  const key = categoryKey(name);
  return [...new Set([...stored].filter((candidate) => categoryKey(candidate) === key))];
}

/**
 * Merges per-category rows whose categories are one (see {@link categoryKey}), in the order
 * `rows` come: each group takes the spelling `spellings` knows for it (or its first row's), and
 * `merge` folds a later row into the group's accumulated row. `group` adds to the key what must
 * also match (for example the currency).
 */
export function mergeCategories<T extends { category: string }>(
  rows: readonly T[],
  spellings: CategorySpellings,
  merge: (into: T, row: T) => T,
  group: (row: T) => string = () => '',
): T[] {
  const merged = new Map<string, T>();
  for (const row of rows) {
    const category = spellings.spell(row.category);
    const id = `${categoryKey(category)}\u0000${group(row)}`;
    const into = merged.get(id);
    merged.set(id, into === undefined ? { ...row, category } : merge(into, row));
  }
  return [...merged.values()];
}
