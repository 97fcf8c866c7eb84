import { previousAttributesOf, renderEventObject } from './render/event-object.js';
import type { Runtime } from './runtime.js';
import type { Account } from './store/account.js';
import { advanceLedger } from './store/payout-schedule.js';

/**
 * Brings an account's payout schedule up to the sandbox's now: the payouts
 * due are created, arrive or fail, and each happening is recorded as an event
 * (delivered by webhook) at the time it happened. Every request, every control
 * call and every clock advance runs this first, so nothing is ever seen late.
 */
export function settleAccount(rt: Runtime, account: Account): void {
  const now = rt.clock.now();
  if (account.ledger.through >= now) return;
  advanceLedger(account, now, (type, at, source) => {
    const object = renderEventObject(account, type, source, { ...rt.render(), now: at });
    const previous = previousAttributesOf(account, type, source, at);
    rt.accounts.events.emit(account, type, at, object, previous);
  });
}

/** Brings every account up to now. */
export function settleAll(rt: Runtime): void {
  for (const account of rt.accounts.all()) settleAccount(rt, account);
}
