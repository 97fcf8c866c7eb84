import { stripeErrors } from './errors.js';

/** Stripe's range filter on `created` (`created[gte]=…` or `created=…`). */
export interface CreatedRange {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

/** A parsed list request; cursors are rows of the account's store. */
export interface PageRequest {
  limit: number;
  startingAfter: number | null;
  endingBefore: number | null;
  created: CreatedRange;
}

/** The query of one request, flattened: `created[gte]` stays a key. */
export type Query = ReadonlyMap<string, string>;

const LIST_KEYS = new Set(['limit', 'starting_after', 'ending_before', 'created']);
const RANGE_OPS = ['gt', 'gte', 'lt', 'lte'] as const;

function integer(value: string, param: string): number {
  if (!/^-?\d+$/.test(value)) throw stripeErrors.invalidParam(`Invalid integer: ${value}`, param);
  return Number(value);
}

function parseCreated(query: Query, param: string): CreatedRange {
  const range: CreatedRange = {};
  for (const key of query.keys()) {
    if (baseKey(key) !== param || key === param) continue;
    if (!RANGE_OPS.some((op) => key === `${param}[${op}]`)) throw stripeErrors.unknownParam(key);
  }
  const exact = query.get(param);
  if (exact !== undefined) {
    const value = integer(exact, param);
    return { gte: value, lte: value };
  }
  for (const op of RANGE_OPS) {
    const raw = query.get(`${param}[${op}]`);
    if (raw !== undefined) range[op] = integer(raw, `${param}[${op}]`);
  }
  return range;
}

/** The key of a query parameter without its bracketed part: `created[gte]` → `created`. */
export function baseKey(key: string): string {
  const bracket = key.indexOf('[');
  return bracket === -1 ? key : key.slice(0, bracket);
}

/** Refuses any parameter of a single-object fetch but `expand[]`, as Stripe does. */
export function refuseUnknownParams(query: Query): void {
  for (const key of query.keys())
    if (baseKey(key) !== 'expand') throw stripeErrors.unknownParam(key);
}

/**
 * Parses Stripe's list parameters. `resolveRow` turns a cursor id into a row (or
 * throws Stripe's "No such …"); `extra` names the endpoint's own filters, and
 * anything else is refused as Stripe refuses unknown parameters.
 */
export function parseListParams(
  query: Query,
  resolveRow: (id: string, param: string) => number,
  extra: ReadonlySet<string> = new Set(),
): PageRequest {
  for (const key of query.keys()) {
    const base = baseKey(key);
    if (!LIST_KEYS.has(base) && !extra.has(base) && base !== 'expand') {
      throw stripeErrors.unknownParam(key);
    }
  }
  const rawLimit = query.get('limit');
  const limit = rawLimit === undefined ? 10 : integer(rawLimit, 'limit');
  if (limit < 1 || limit > 100) {
    throw stripeErrors.invalidParam('Invalid limit: must be between 1 and 100', 'limit');
  }
  const after = query.get('starting_after');
  const before = query.get('ending_before');
  if (after !== undefined && before !== undefined) {
    throw stripeErrors.invalidParam(
      'You may only specify one of these parameters: ending_before, starting_after.',
      'ending_before',
    );
  }
  const cursor = (id: string | undefined, param: string): number | null => {
    if (id === undefined || id === '') return null;
    return resolveRow(id, param);
  };
  return {
    limit,
    startingAfter: cursor(after, 'starting_after'),
    endingBefore: cursor(before, 'ending_before'),
    created: parseCreated(query, 'created'),
  };
}
