import { stripeErrors } from '../http/errors.js';
import type { Collection, Timed } from '../store/collection.js';
import type { Account } from '../store/account.js';
import type { IdCodec } from '../util/ids.js';

/**
 * The row an id names within `account`, or Stripe's "No such …" (404 for a
 * path id, 400 for a parameter such as a cursor).
 */
export function rowOf<S extends Timed>(
  account: Account,
  collection: Collection<S>,
  codec: IdCodec,
  objectName: string,
  id: string,
  param = 'id',
): number {
  const parts = codec.decode(id);
  if (parts === null || parts.accountNo !== account.no || !collection.has(parts.seq)) {
    throw stripeErrors.noSuch(objectName, id, param, param === 'id' ? 404 : 400);
  }
  return parts.seq;
}
