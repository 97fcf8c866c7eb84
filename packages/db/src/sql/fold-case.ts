/**
 * The case folding of every text search: JavaScript's `toLowerCase()`, computed here and
 * never by the database, because SQLite's `lower()` folds only ASCII and PostgreSQL's
 * depends on the server's locale. Stored folded copies and search terms both go through it,
 * so a search finds the same rows on either dialect.
 */
export function foldCase(text: string): string {
  return text.toLowerCase();
}
