import { currencyAt } from '../data/currencies.js';
import type { Account } from '../store/account.js';

/** What the control API tells about an account. */
export interface AccountSummary {
  id: string;
  livemode: boolean;
  businessName: string;
  currency: string;
  charges: number;
  refunds: number;
  disputes: number;
  payouts: number;
  balanceTransactions: number;
  events: number;
}

/** The summary the control API returns for an account. */
export function summarize(account: Account): AccountSummary {
  return {
    id: account.id,
    livemode: account.livemode,
    businessName: account.profile.businessName,
    currency: currencyAt(account.profile.currency).code,
    charges: account.charges.length,
    refunds: account.refunds.length,
    disputes: account.disputes.length,
    payouts: account.payouts.length,
    balanceTransactions: account.txns.length,
    events: account.events.length,
  };
}
