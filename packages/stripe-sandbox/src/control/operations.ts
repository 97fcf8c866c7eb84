import { currencyIndex } from '../data/currencies.js';
import type { Platform } from '../oauth/types.js';
import { renderCharge } from '../render/charge.js';
import type { Runtime } from '../runtime.js';
import { ChargeStatus, type Account } from '../store/account.js';
import { recordCharge } from '../store/ledger.js';
import { PAYOUT_FAILURES } from '../store/payouts.js';
import { descriptions, metadataValues } from '../util/interner.js';
import { ControlError } from './control-error.js';

/** A charge to add. Amounts are minor units of `currency`. */
export interface ChargeInput {
  amount: number;
  currency?: string | undefined;
  description?: string | null | undefined;
  metadata?: Record<string, string> | undefined;
  /** Unix seconds; default the sandbox's now. */
  created?: number | undefined;
  /** A failed charge is a generic card decline. */
  status?: 'succeeded' | 'failed' | undefined;
  /** With a customer (`cus_…`) or without (default). */
  withCustomer?: boolean | undefined;
}

/** Fields of a charge that may change; metadata merges, and "" deletes a key. */
export interface ChargeUpdate {
  description?: string | null | undefined;
  metadata?: Record<string, string> | undefined;
}

/** Adds a charge and records its `charge.succeeded` / `charge.failed` event. */
export function createCharge(rt: Runtime, account: Account, input: ChargeInput): number {
  const currency = currencyIndex(input.currency ?? 'usd');
  if (currency < 0) throw new ControlError(400, `Unknown currency: ${input.currency ?? ''}`);
  if (!Number.isInteger(input.amount) || input.amount < 1) {
    throw new ControlError(400, 'amount must be a positive integer (minor units)');
  }
  const failed = input.status === 'failed';
  if (input.withCustomer === true) account.customers += 1;
  const row = recordCharge(account, {
    created: input.created ?? rt.clock.now(),
    amount: input.amount,
    currency,
    description: descriptions.intern(input.description ?? null),
    metadata: metadataValues.intern(input.metadata ?? {}),
    status: failed ? ChargeStatus.failed : ChargeStatus.succeeded,
    failure: 0,
    customer: input.withCustomer === true ? account.customers - 1 : -1,
  });
  const type = failed ? 'charge.failed' : 'charge.succeeded';
  rt.accounts.events.emit(account, type, rt.clock.now(), renderCharge(account, row, rt.render()));
  return row;
}

/** Updates a charge's description and/or metadata (Stripe's merge: "" deletes a key); records `charge.updated`. */
export function updateCharge(
  rt: Runtime,
  account: Account,
  charge: number,
  input: ChargeUpdate,
): void {
  const cols = account.charges.cols;
  const previous: Record<string, unknown> = {};
  if (input.description !== undefined) {
    previous.description = descriptions.value(cols.description[charge] ?? 0);
    cols.description[charge] = descriptions.intern(input.description);
  }
  if (input.metadata !== undefined) {
    const before = metadataValues.value(cols.metadata[charge] ?? 0);
    const merged: Record<string, string> = { ...before };
    for (const [key, value] of Object.entries(input.metadata)) {
      if (value === '') delete merged[key];
      else merged[key] = value;
    }
    previous.metadata = before;
    cols.metadata[charge] = metadataValues.intern(merged);
  }
  const object = renderCharge(account, charge, rt.render());
  rt.accounts.events.emit(
    account,
    'charge.updated',
    rt.clock.now(),
    object,
    JSON.stringify(previous),
  );
}

/** Ends a connection: its tokens answer 401 and `account.application.deauthorized` is recorded. */
export function deauthorize(rt: Runtime, platform: Platform, account: Account): number {
  const revoked = rt.grants.revoke(platform, account);
  const application = JSON.stringify({
    id: platform.clientId,
    object: 'application',
    name: platform.name,
  });
  rt.accounts.events.emit(account, 'account.application.deauthorized', rt.clock.now(), application);
  return revoked;
}

/** A reason a payout can fail with. */
export type PayoutFailureCode =
  'account_closed' | 'no_account' | 'could_not_process' | 'account_frozen';

/** Marks an in-transit payout to fail when it arrives. */
export function failPayout(
  rt: Runtime,
  account: Account,
  payout: number,
  code: PayoutFailureCode,
): void {
  const cols = account.payouts.cols;
  if ((cols.arrival[payout] ?? 0) <= rt.clock.now())
    throw new ControlError(409, 'Only a payout still in transit can fail');
  const failure = PAYOUT_FAILURES.findIndex((entry) => entry?.code === code);
  if (failure < 1) throw new ControlError(400, `Unknown payout failure code: ${code}`);
  cols.failure[payout] = failure;
}
