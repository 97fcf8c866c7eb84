import { InvalidCurrencyError, normalizeCurrency } from '@cora/core';
import { decodeKeyset, InvalidCursorError, type Keyset } from '@cora/db';
import { badInput } from '../errors/app-error.js';

/** The largest page a list query may ask for. */
export const MAX_PAGE_SIZE = 100;

/** `first` must be 1..{@link MAX_PAGE_SIZE}: a bad page size is the caller's error, not clamped. */
export function pageSizeArg(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** Upper-case ISO 4217, or BAD_USER_INPUT. */
export function currencyArg(code: string): string {
  try {
    return normalizeCurrency(code);
  } catch (error) {
    if (error instanceof InvalidCurrencyError)
      throw badInput(`currency "${code.slice(0, 10)}" is not an ISO 4217 code`);
    throw error;
  }
}

// PostgreSQL text cannot hold NUL, so such a value could never match or be stored; the
// other control characters have no place in a name, a category or a search either.
const CONTROL = /\p{Cc}/u;

/**
 * A trimmed, non-empty string of at most `max` characters without control characters, or
 * BAD_USER_INPUT.
 */
export function textArg(value: string, name: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > max)
    throw badInput(`${name} must be 1 to ${max} characters`);
  return plainTextArg(trimmed, name);
}

/** The string as given (spaces kept), or BAD_USER_INPUT when it holds a control character. */
export function plainTextArg(value: string, name: string): string {
  if (CONTROL.test(value)) throw badInput(`${name} must not contain control characters`);
  return value;
}

/** A keyset cursor from a previous page, decoded once at the edge, or BAD_USER_INPUT. */
export function keysetArg(after: string | null | undefined): Keyset | null {
  if (after === null || after === undefined || after === '') return null;
  try {
    return decodeKeyset(after);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badInput('after is not a valid cursor');
    throw error;
  }
}

/** Runs a paginated read, turning a malformed cursor into BAD_USER_INPUT. */
export async function withCursor<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badInput('after is not a valid cursor');
    throw error;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id of ours (a UUID), or BAD_USER_INPUT; checked before it reaches the database. */
export function idArg(id: string, name = 'id'): string {
  if (!UUID.test(id)) throw badInput(`${name} is not a valid id`);
  return id.toLowerCase();
}

/** A user id as our tokens carry it (1 to 191 characters, no control characters). */
export function userIdArg(userId: string): string {
  return textArg(userId, 'userId', 191);
}
