import { json, type Exchange, type Reply } from '../http/exchange.js';
import { refuseUnknownParams } from '../http/list-params.js';
import { currencyAt } from '../data/currencies.js';
import type { Account } from '../store/account.js';

/** `GET /v1/account`: the account the key acts on. */
export function retrieveAccount(exchange: Exchange, account: Account): Reply {
  refuseUnknownParams(exchange.query);
  const { businessName, country, currency } = account.profile;
  return json(
    200,
    JSON.stringify({
      id: account.id,
      object: 'account',
      business_profile: { name: businessName, url: null, support_email: null },
      business_type: 'company',
      capabilities: { card_payments: 'active', transfers: 'active' },
      charges_enabled: true,
      country,
      created: account.charges.length > 0 ? (account.charges.cols.created[0] ?? 0) - 86_400 : 0,
      default_currency: currencyAt(currency).code,
      details_submitted: true,
      email: null,
      metadata: {},
      payouts_enabled: true,
      settings: { dashboard: { display_name: businessName, timezone: 'Etc/UTC' } },
      type: 'standard',
    }),
  );
}
