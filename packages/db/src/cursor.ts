/** A cursor that was not produced by this package (tampered, truncated or from another list). */
export class InvalidCursorError extends Error {
  readonly code = 'INVALID_CURSOR';
  constructor() {
    super('Invalid pagination cursor');
    this.name = 'InvalidCursorError';
  }
}

/** The position of a row in a newest-first list: its timestamp, then its id. */
export interface Keyset {
  at: Date;
  id: string;
}

const ID_PATTERN = /^[0-9A-Za-z_-]{1,64}$/;
/** The range of a JavaScript Date, in epoch milliseconds. */
const MAX_EPOCH_MS = 8.64e15;

/** Opaque cursor for a keyset position: base64url of `[epochMs, id]`. */
export function encodeKeyset(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.at.getTime(), keyset.id])).toString('base64url');
}

/** Reverses {@link encodeKeyset}; throws {@link InvalidCursorError} on anything else. */
export function decodeKeyset(cursor: string): Keyset {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw new InvalidCursorError();
  const [ms, id] = parsed as unknown[];
  if (
    typeof ms !== 'number' ||
    !Number.isSafeInteger(ms) ||
    Math.abs(ms) > MAX_EPOCH_MS ||
    typeof id !== 'string' ||
    !ID_PATTERN.test(id)
  ) {
    throw new InvalidCursorError();
  }
  return { at: new Date(ms), id };
}

/** One row of a page and the cursor that resumes after it. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a keyset-paginated list, in the shape of the GraphQL contract. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a page from `limit + 1` fetched rows. */
export function toPage<T>(rows: T[], limit: number, keysetOf: (row: T) => Keyset): Page<T> {
  const hasNextPage = rows.length > limit;
  const edges = rows
    .slice(0, limit)
    .map((node) => ({ cursor: encodeKeyset(keysetOf(node)), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** Clamps a requested page size to 1..max. */
export function pageSize(first: number | undefined, fallback: number, max = 500): number {
  if (first === undefined || !Number.isFinite(first)) return fallback;
  return Math.min(Math.max(Math.trunc(first), 1), max);
}
