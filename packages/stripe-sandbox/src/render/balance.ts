import { currencyAt } from '../data/currencies.js';
import type { Account } from '../store/account.js';

/** The account's balance at `at`: available and pending sums of net per settlement currency. */
export function balanceAt(account: Account, at: number): { available: number; pending: number } {
  const cols = account.txns.cols;
  let available = 0;
  let pending = 0;
  for (let row = 0; row < account.txns.length; row += 1) {
    if ((cols.created[row] ?? 0) > at) continue;
    const net = (cols.amount[row] ?? 0) - (cols.fee[row] ?? 0);
    if ((cols.availableOn[row] ?? 0) <= at) available += net;
    else pending += net;
  }
  return { available, pending };
}

/** Renders the Balance object (`GET /v1/balance`, `balance.available`) as it was at `at`. */
export function renderBalance(account: Account, at: number): string {
  const { available, pending } = balanceAt(account, at);
  const currency = currencyAt(account.profile.currency).code;
  const entry = (amount: number): string =>
    `[{"amount":${amount},"currency":"${currency}","source_types":{"card":${amount}}}]`;
  return `{"object":"balance","available":${entry(available)},"livemode":${account.livemode},"pending":${entry(pending)}}`;
}
