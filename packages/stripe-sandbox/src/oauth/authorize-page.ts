import type { Exchange, Reply } from '../http/exchange.js';
import type { Query } from '../http/list-params.js';
import type { Runtime } from '../runtime.js';
import type { Account } from '../store/account.js';
import type { Flavor, Platform } from './types.js';
import { escapeHtml, page } from './html.js';

interface AuthorizeRequest {
  flavor: Flavor;
  platform: Platform;
  redirectUri: URL;
  state: string | undefined;
  scope: string;
  fields: Query;
}

function htmlReply(status: number, body: string): Reply {
  return { status, body, contentType: 'text/html; charset=utf-8' };
}

function errorPage(message: string): Reply {
  return htmlReply(
    400,
    page(
      'Authorization error',
      `<h1>Something went wrong</h1><p role="alert">${escapeHtml(message)}</p>`,
    ),
  );
}

function redirect(request: AuthorizeRequest, params: Record<string, string>): Reply {
  const target = new URL(request.redirectUri);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  if (request.state !== undefined) target.searchParams.set('state', request.state);
  return {
    status: 302,
    body: '',
    contentType: 'text/plain',
    headers: { Location: target.toString() },
  };
}

function parse(fields: Query, flavor: Flavor, rt: Runtime): AuthorizeRequest | string {
  const platform = rt.grants.platform(fields.get('client_id') ?? '');
  if (platform === undefined)
    return `No application matches the supplied client identifier: ${fields.get('client_id') ?? '(none)'}`;
  const responseType = fields.get('response_type') ?? 'code';
  if (responseType !== 'code')
    return `Invalid response_type: ${responseType}. Only "code" is supported.`;
  let redirectUri: URL;
  try {
    redirectUri = new URL(fields.get('redirect_uri') ?? '');
  } catch {
    return 'A valid redirect_uri is required.';
  }
  if (redirectUri.protocol !== 'http:' && redirectUri.protocol !== 'https:')
    return 'redirect_uri must be http(s).';
  const scope = flavor === 'apps' ? 'stripe_apps' : (fields.get('scope') ?? 'read_write');
  if (scope !== 'read_write' && scope !== 'read_only' && scope !== 'stripe_apps')
    return `Invalid scope: ${scope}`;
  return { flavor, platform, redirectUri, state: fields.get('state'), scope, fields };
}

function chosenAccount(request: AuthorizeRequest, rt: Runtime): Account | string {
  const named = request.fields.get('account') ?? '';
  if (named !== '' && named !== 'new') return rt.accounts.get(named) ?? `No such account: ${named}`;
  const charges = Number(request.fields.get('charges') ?? rt.settings.authorizeCharges);
  if (!Number.isInteger(charges) || charges < 0 || charges > 2_000_000)
    return 'charges must be a whole number';
  return rt.accounts.create({ charges });
}

function approve(request: AuthorizeRequest, rt: Runtime): Reply {
  const account = chosenAccount(request, rt);
  if (typeof account === 'string') return errorPage(account);
  const code = rt.grants.issueCode(request.platform, account, request.flavor, request.scope);
  return redirect(
    request,
    request.flavor === 'connect' ? { code, scope: request.scope } : { code },
  );
}

function form(request: AuthorizeRequest, action: string, rt: Runtime): Reply {
  const hidden = [...request.fields]
    .filter(([key]) => !['account', 'charges', 'decision'].includes(key))
    .map(
      ([key, value]) =>
        `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(value)}">`,
    )
    .join('');
  const options = rt.accounts
    .all()
    .filter((account) => account !== request.platform.account)
    .map(
      (account) =>
        `<option value="${account.id}">${escapeHtml(account.profile.businessName)} (${account.id})</option>`,
    )
    .join('');
  const body = `<h1>Connect to ${escapeHtml(request.platform.name)}</h1>
<p>${escapeHtml(request.platform.name)} asks for ${request.scope === 'read_only' ? 'read-only' : 'read and write'} access to a Stripe account.</p>
<form method="post" action="${action}">${hidden}
<label for="account">Stripe account</label>
<select id="account" name="account"><option value="new">Create a new demo account</option>${options}</select>
<label for="charges">Charges in a new demo account</label>
<input id="charges" name="charges" type="number" min="0" max="2000000" value="${rt.settings.authorizeCharges}">
<div class="actions">
<button type="submit" name="decision" value="approve">Authorize</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div></form>
<p class="note">Stripe sandbox: no real account is touched.</p>`;
  return htmlReply(200, page(`Connect to ${request.platform.name}`, body));
}

/**
 * The authorize page (`GET` shows Authorize / Deny; `POST` is the decision).
 * `auto_approve=1`, or the sandbox's auto-approve switch, redirects at once.
 */
export async function authorizePage(
  exchange: Exchange,
  flavor: Flavor,
  rt: Runtime,
): Promise<Reply> {
  const fields =
    exchange.method === 'POST'
      ? new Map([...exchange.query, ...(await exchange.form())])
      : exchange.query;
  const request = parse(fields, flavor, rt);
  if (typeof request === 'string') return errorPage(request);
  if (exchange.method === 'POST') {
    const decision = fields.get('decision');
    if (decision === 'deny') {
      return redirect(request, {
        error: 'access_denied',
        error_description: 'The user denied your request',
      });
    }
    return decision === 'approve' ? approve(request, rt) : errorPage('Choose Authorize or Deny.');
  }
  if (fields.get('auto_approve') === '1' || rt.settings.autoApprove) return approve(request, rt);
  return form(request, exchange.path, rt);
}
