import { retrieveAccount } from '../api/account.js';
import { listCharges, retrieveCharge } from '../api/charges.js';
import { createRefund } from '../api/create-refund.js';
import { disputes } from '../api/disputes.js';
import { events } from '../api/events.js';
import { balanceTransactions, payouts, refunds, retrieveBalance } from '../api/ledger-objects.js';
import { appsToken, connectToken, deauthorizeEndpoint } from '../oauth/token-endpoints.js';
import type { Runtime } from '../runtime.js';
import type { Account } from '../store/account.js';
import type { Exchange, Reply } from './exchange.js';
import { Router } from './router.js';

/** A Stripe route: acting on an account (API key auth) or on the platform (OAuth). */
export type StripeRoute =
  | {
      auth: 'account';
      handle: (
        exchange: Exchange,
        params: string[],
        account: Account,
        rt: Runtime,
      ) => Reply | Promise<Reply>;
    }
  | { auth: 'platform'; handle: (exchange: Exchange, rt: Runtime) => Promise<Reply> };

const id = (params: string[]): string => params[0] ?? '';

/** Every Stripe path the sandbox serves. */
export const stripeRoutes = new Router<StripeRoute>()
  .add('GET', '/v1/charges', {
    auth: 'account',
    handle: (ex, _p, account, rt) => listCharges(ex, account, rt),
  })
  .add('GET', '/v1/charges/:id', {
    auth: 'account',
    handle: (ex, p, account, rt) => retrieveCharge(ex, id(p), account, rt),
  })
  .add('GET', '/v1/refunds', {
    auth: 'account',
    handle: (ex, _p, account, rt) => refunds.list(ex, account, rt),
  })
  .add('POST', '/v1/refunds', {
    auth: 'account',
    handle: (ex, _p, account, rt) => createRefund(ex, account, rt),
  })
  .add('GET', '/v1/refunds/:id', {
    auth: 'account',
    handle: (ex, p, account, rt) => refunds.retrieve(ex, id(p), account, rt),
  })
  .add('GET', '/v1/disputes', {
    auth: 'account',
    handle: (ex, _p, account, rt) => disputes.list(ex, account, rt),
  })
  .add('GET', '/v1/disputes/:id', {
    auth: 'account',
    handle: (ex, p, account, rt) => disputes.retrieve(ex, id(p), account, rt),
  })
  .add('GET', '/v1/balance_transactions', {
    auth: 'account',
    handle: (ex, _p, account, rt) => balanceTransactions.list(ex, account, rt),
  })
  .add('GET', '/v1/balance_transactions/:id', {
    auth: 'account',
    handle: (ex, p, account, rt) => balanceTransactions.retrieve(ex, id(p), account, rt),
  })
  .add('GET', '/v1/payouts', {
    auth: 'account',
    handle: (ex, _p, account, rt) => payouts.list(ex, account, rt),
  })
  .add('GET', '/v1/payouts/:id', {
    auth: 'account',
    handle: (ex, p, account, rt) => payouts.retrieve(ex, id(p), account, rt),
  })
  .add('GET', '/v1/events', {
    auth: 'account',
    handle: (ex, _p, account, rt) => events.list(ex, account, rt),
  })
  .add('GET', '/v1/events/:id', {
    auth: 'account',
    handle: (ex, p, account, rt) => events.retrieve(ex, id(p), account, rt),
  })
  .add('GET', '/v1/balance', {
    auth: 'account',
    handle: (ex, _p, account, rt) => retrieveBalance(ex, account, rt),
  })
  .add('GET', '/v1/account', {
    auth: 'account',
    handle: (ex, _p, account) => retrieveAccount(ex, account),
  })
  .add('POST', '/oauth/token', { auth: 'platform', handle: connectToken })
  .add('POST', '/oauth/deauthorize', { auth: 'platform', handle: deauthorizeEndpoint })
  .add('POST', '/v1/oauth/token', { auth: 'platform', handle: appsToken });
