import type { IncomingHttpHeaders } from 'node:http';
import type { Grants } from '../oauth/grants.js';
import type { Platform } from '../oauth/types.js';
import type { Accounts } from '../store/world.js';
import type { Account } from '../store/account.js';
import { stripeErrors } from './errors.js';
import { maskKey } from '../util/secrets.js';

/** Who is calling, once the key checked out. */
export interface Caller {
  /** The account the request acts on. */
  account: Account;
  /** The platform, when its own secret key was used. */
  platform: Platform | null;
  /** The key as Stripe would quote it: masked. */
  maskedKey: string;
}

/** The API key of a request: `Authorization: Bearer <key>` or Basic with the key as user name. */
export function apiKeyOf(headers: IncomingHttpHeaders): string | null {
  const header = headers.authorization;
  if (header === undefined || header.trim() === '') return null;
  const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
  let key = value;
  if (scheme.toLowerCase() === 'basic')
    key = Buffer.from(value, 'base64').toString('utf8').split(':', 1)[0] ?? '';
  else if (scheme.toLowerCase() !== 'bearer') key = scheme;
  return key === '' ? null : key;
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Resolves the account a request acts on: a connected account's access token,
 * or the platform key plus `Stripe-Account`. Wrong keys get Stripe's 401;
 * revoked or expired tokens its "Expired API Key" 401; an account the key may
 * not act for its 403.
 */
export function authenticate(
  headers: IncomingHttpHeaders,
  grants: Grants,
  accounts: Accounts,
  now: number,
): Caller {
  const key = apiKeyOf(headers);
  if (key === null) throw stripeErrors.noApiKey();
  const target = headerValue(headers, 'stripe-account');
  const platform = grants.platformByKey(key);
  if (platform !== undefined) {
    if (target === undefined || target === platform.account.id) {
      return { account: platform.account, platform, maskedKey: maskKey(key) };
    }
    const account = accounts.get(target);
    if (account === undefined || !grants.isConnected(platform, account)) {
      throw stripeErrors.accountInvalid(key, target);
    }
    return { account, platform, maskedKey: maskKey(key) };
  }
  const grant = grants.grant(key);
  if (grant?.kind !== 'access') throw stripeErrors.invalidApiKey(key);
  if (grant.revoked) throw stripeErrors.expiredApiKey(key, true);
  if (grant.expiresAt !== null && now >= grant.expiresAt)
    throw stripeErrors.expiredApiKey(key, false);
  if (target !== undefined && target !== grant.account.id)
    throw stripeErrors.accountInvalid(key, target);
  return { account: grant.account, platform: null, maskedKey: maskKey(key) };
}
