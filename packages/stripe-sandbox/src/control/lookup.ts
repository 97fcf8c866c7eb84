import type { Platform } from '../oauth/types.js';
import type { Runtime } from '../runtime.js';
import type { Account } from '../store/account.js';
import { settleAccount } from '../ledger-clock.js';
import { ids, type IdCodec } from '../util/ids.js';
import { ControlError } from './control-error.js';

/** The account with this id, or a 404 control error. */
export function lookupAccount(rt: Runtime, id: string): Account {
  const account = rt.accounts.get(id);
  if (account === undefined) throw new ControlError(404, `No such account: ${id}`);
  settleAccount(rt, account);
  return account;
}

/** The platform with this client id (the default one when none is given), or a 404. */
export function lookupPlatform(rt: Runtime, clientId: string | undefined): Platform {
  if (clientId === undefined) return rt.defaultPlatform;
  const platform = rt.grants.platform(clientId);
  if (platform === undefined) throw new ControlError(404, `No such platform: ${clientId}`);
  return platform;
}

type Rows = 'charges' | 'payouts' | 'disputes';

/** The account and row an id of `codec` names in `rows`, brought up to now; or a 404. */
function lookupRow(
  rt: Runtime,
  id: string,
  codec: IdCodec,
  rows: Rows,
  name: string,
): [Account, number] {
  const parts = codec.decode(id);
  const account = parts === null ? undefined : rt.accounts.byNo(parts.accountNo);
  if (parts === null || account === undefined || !account[rows].has(parts.seq)) {
    throw new ControlError(404, `No such ${name}: ${id}`);
  }
  settleAccount(rt, account);
  return [account, parts.seq];
}

/** The account and row of a charge id, or a 404. */
export const lookupCharge = (rt: Runtime, id: string): [Account, number] =>
  lookupRow(rt, id, ids.charge, 'charges', 'charge');

/** The account and row of a payout id, or a 404. */
export const lookupPayout = (rt: Runtime, id: string): [Account, number] =>
  lookupRow(rt, id, ids.payout, 'payouts', 'payout');

/** The account and row of a dispute id, or a 404. */
export const lookupDispute = (rt: Runtime, id: string): [Account, number] =>
  lookupRow(rt, id, ids.dispute, 'disputes', 'dispute');
