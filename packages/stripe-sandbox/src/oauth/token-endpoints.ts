import { deauthorize } from '../control/operations.js';
import { OAuthError } from '../http/errors.js';
import { json, type Exchange, type Reply } from '../http/exchange.js';
import type { Query } from '../http/list-params.js';
import { apiKeyOf } from '../http/auth.js';
import type { Runtime } from '../runtime.js';
import type { Flavor, Platform } from './types.js';

/** The platform behind an OAuth call: its secret key as Bearer, or as `client_secret`. */
export function oauthPlatform(exchange: Exchange, form: Query, rt: Runtime): Platform {
  const key = apiKeyOf(exchange.req.headers) ?? form.get('client_secret') ?? null;
  if (key === null || key === '') {
    throw new OAuthError(
      401,
      'invalid_client',
      'No authentication was provided. Send your secret API key using the Authorization header, or as a client_secret POST parameter.',
    );
  }
  const platform = rt.grants.platformByKey(key);
  if (platform === undefined)
    throw new OAuthError(401, 'invalid_client', 'Invalid API key provided.');
  return platform;
}

function grant(form: Query, platform: Platform, flavor: Flavor, rt: Runtime): Reply {
  const type = form.get('grant_type');
  if (type === undefined || type === '')
    throw new OAuthError(400, 'invalid_request', 'No grant type specified');
  if (type === 'authorization_code') {
    const code = form.get('code');
    if (code === undefined || code === '')
      throw new OAuthError(400, 'invalid_request', 'No authorization code provided');
    return json(200, JSON.stringify(rt.grants.redeemCode(platform, code, flavor)));
  }
  if (type === 'refresh_token') {
    const token = form.get('refresh_token');
    if (token === undefined || token === '')
      throw new OAuthError(400, 'invalid_request', 'No refresh token provided');
    return json(200, JSON.stringify(rt.grants.refresh(platform, token, flavor)));
  }
  throw new OAuthError(400, 'unsupported_grant_type', `Unsupported grant type: ${type}`);
}

/** `POST /oauth/token` (Connect): a code or a refresh token for tokens. */
export async function connectToken(exchange: Exchange, rt: Runtime): Promise<Reply> {
  const form = await exchange.form();
  return grant(form, oauthPlatform(exchange, form, rt), 'connect', rt);
}

/** `POST /v1/oauth/token` (Stripe Apps): expiring access tokens, rotating refresh tokens. */
export async function appsToken(exchange: Exchange, rt: Runtime): Promise<Reply> {
  const form = await exchange.form();
  return grant(form, oauthPlatform(exchange, form, rt), 'apps', rt);
}

/** `POST /oauth/deauthorize`: the account's tokens for this platform stop working. */
export async function deauthorizeEndpoint(exchange: Exchange, rt: Runtime): Promise<Reply> {
  const form = await exchange.form();
  const platform = oauthPlatform(exchange, form, rt);
  const clientId = form.get('client_id');
  if (clientId !== platform.clientId) {
    throw new OAuthError(401, 'invalid_client', `No such application: '${clientId ?? ''}'`);
  }
  const userId = form.get('stripe_user_id') ?? '';
  const account = rt.accounts.get(userId);
  if (account === undefined || !rt.grants.isConnected(platform, account)) {
    throw new OAuthError(
      401,
      'invalid_client',
      `This application is not connected to stripe account ${userId}, or that account does not exist.`,
    );
  }
  deauthorize(rt, platform, account);
  return json(200, JSON.stringify({ stripe_user_id: account.id }));
}
