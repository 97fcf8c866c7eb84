import { json, type Exchange, type Reply } from '../http/exchange.js';
import { Router } from '../http/router.js';
import type { SandboxControl } from './control.js';
import { connectBody, schemas } from './schemas.js';

type ControlHandler = (
  control: SandboxControl,
  params: string[],
  body: unknown,
  exchange: Exchange,
) => unknown;

const first = (params: string[]): string => params[0] ?? '';

function dropUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** The control API: `/_sandbox/…`, JSON in and out. */
export const controlRoutes = new Router<ControlHandler>()
  .add('POST', '/_sandbox/platforms', (c, _p, body) =>
    c.createPlatform(schemas.platform.parse(body)),
  )
  .add('POST', '/_sandbox/accounts', (c, _p, body) =>
    c.createAccount(dropUndefined(schemas.account.parse(body))),
  )
  .add('GET', '/_sandbox/accounts/:id', (c, p) => c.account(first(p)))
  .add('POST', '/_sandbox/accounts/:id/connect', (c, p, body) =>
    c.connect(first(p), connectBody.parse(body)),
  )
  .add('POST', '/_sandbox/accounts/:id/authorization_codes', (c, p, body) => ({
    code: c.authorizationCode(first(p), connectBody.parse(body)),
  }))
  .add('POST', '/_sandbox/accounts/:id/charges', (c, p, body) =>
    c.addCharge(first(p), schemas.charge.parse(body)),
  )
  .add('POST', '/_sandbox/accounts/:id/deauthorize', (c, p, body) => ({
    revoked: c.deauthorize(first(p), schemas.deauthorize.parse(body).clientId),
  }))
  .add('POST', '/_sandbox/charges/:id', (c, p, body) =>
    c.updateCharge(first(p), schemas.update.parse(body)),
  )
  .add('POST', '/_sandbox/charges/:id/refund', (c, p, body) =>
    c.refundCharge(first(p), schemas.refund.parse(body)),
  )
  .add('POST', '/_sandbox/charges/:id/dispute', (c, p, body) =>
    c.disputeCharge(first(p), schemas.dispute.parse(body).reason),
  )
  .add('POST', '/_sandbox/disputes/:id/evidence', (c, p) => c.submitDisputeEvidence(first(p)))
  .add('POST', '/_sandbox/disputes/:id/close', (c, p, body) =>
    c.closeDispute(first(p), schemas.disputeClose.parse(body).outcome),
  )
  .add('POST', '/_sandbox/payouts/:id/fail', (c, p, body) =>
    c.failPayout(first(p), schemas.payoutFailure.parse(body).code),
  )
  .add('GET', '/_sandbox/clock', (c) => ({ now: c.now() }))
  .add('GET', '/_sandbox/stats', (c) => c.stats())
  .add('POST', '/_sandbox/clock/advance', (c, _p, body) => ({
    now: c.advanceClock(schemas.advance.parse(body).seconds),
  }))
  .add('PUT', '/_sandbox/faults', (c, _p, body) => {
    const { account, ...settings } = dropUndefined(schemas.faults.parse(body));
    c.setFaults(settings, account);
    return { ok: true };
  })
  .add('DELETE', '/_sandbox/faults', (c, _p, _b, ex) => {
    c.clearFaults(ex.query.get('account'));
    return { ok: true };
  })
  .add('PUT', '/_sandbox/settings', (c, _p, body) => {
    const settings = schemas.settings.parse(body);
    if (settings.autoApprove !== undefined) c.setAutoApprove(settings.autoApprove);
    if (settings.rateLimits !== undefined) c.setRateLimits(settings.rateLimits);
    return { ok: true };
  })
  .add('POST', '/_sandbox/webhook_endpoints', (c, _p, body) =>
    c.addWebhookEndpoint(schemas.endpoint.parse(body)),
  )
  .add('DELETE', '/_sandbox/webhook_endpoints/:id', (c, p) => {
    c.removeWebhookEndpoint(first(p));
    return { ok: true };
  })
  .add('PUT', '/_sandbox/webhook_options', (c, _p, body) =>
    c.setWebhookOptions(dropUndefined(schemas.webhookOptions.parse(body))),
  )
  .add('GET', '/_sandbox/webhook_deliveries', (c) => ({ data: c.webhookDeliveries() }))
  .add('GET', '/_sandbox/requests', (c, _p, _b, ex) => c.requestCounts(ex.query.get('account')))
  .add('GET', '/_sandbox/requests/log', (c, _p, _b, ex) => {
    const limit = ex.query.get('limit');
    const account = ex.query.get('account');
    return {
      data: c.requestLog({
        ...(account === undefined ? {} : { account }),
        ...(limit === undefined ? {} : { limit: Number(limit) }),
      }),
    };
  })
  .add('DELETE', '/_sandbox/requests', (c) => {
    c.resetRequests();
    return { ok: true };
  });

/** Runs one control request; the body is read only for methods that carry one. */
export async function handleControl(exchange: Exchange, control: SandboxControl): Promise<Reply> {
  const match = controlRoutes.match(exchange.method, exchange.path);
  if (match === null)
    return json(
      404,
      JSON.stringify({
        error: { message: `No control route ${exchange.method} ${exchange.path}` },
      }),
    );
  const body =
    exchange.method === 'GET' || exchange.method === 'DELETE' ? {} : await exchange.json();
  const result = await match.handler(control, match.params, body, exchange);
  return json(200, JSON.stringify(result ?? { ok: true }));
}
