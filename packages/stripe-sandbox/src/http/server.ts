import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ZodError } from 'zod';
import { receiptPage } from '../api/receipt.js';
import { API_VERSION, CONTROL_PREFIX } from '../constants.js';
import { ControlError } from '../control/control-error.js';
import type { SandboxControl } from '../control/control.js';
import { handleControl } from '../control/routes.js';
import { authorizePage } from '../oauth/authorize-page.js';
import type { RequestLogEntry } from '../observe/request-log.js';
import type { Runtime } from '../runtime.js';
import type { Account } from '../store/account.js';
import { settleAccount } from '../ledger-clock.js';
import { requestId } from '../util/ids.js';
import { authenticate } from './auth.js';
import { ApiError, OAuthError, stripeErrors } from './errors.js';
import { Exchange, json, send, type Reply } from './exchange.js';
import { stripeRoutes } from './stripe-routes.js';
import { checkStripeVersion } from './versions.js';

function stripeErrorReply(error: unknown): Reply {
  if (error instanceof ApiError)
    return json(error.status, JSON.stringify({ error: error.body }), error.headers);
  if (error instanceof OAuthError) {
    return json(
      error.status,
      JSON.stringify({ error: error.error, error_description: error.description }),
    );
  }
  if (error instanceof SyntaxError) {
    return stripeErrorReply(stripeErrors.invalidParam('Invalid request body.', 'body'));
  }
  return stripeErrorReply(stripeErrors.internal());
}

function controlErrorReply(error: unknown): Reply {
  const body = (status: number, message: string, extra: object = {}): Reply =>
    json(status, JSON.stringify({ error: { message, ...extra } }));
  if (error instanceof ZodError)
    return body(400, 'Invalid control request', { issues: error.issues });
  if (error instanceof ControlError)
    return body(error.status, error.message, error.code === undefined ? {} : { code: error.code });
  if (error instanceof SyntaxError || error instanceof RangeError) return body(400, error.message);
  return body(500, error instanceof Error ? error.message : 'Control request failed');
}

interface Served {
  route: string;
  account: Account | null;
  maskedKey: string | null;
  fault: string | null;
}

async function serveStripe(exchange: Exchange, rt: Runtime, served: Served): Promise<Reply | null> {
  const match = stripeRoutes.match(exchange.method, exchange.path);
  if (match === null) throw stripeErrors.unrecognizedUrl(exchange.method, exchange.path);
  served.route = match.route;
  checkStripeVersion(exchange.header('stripe-version'));
  const route = match.handler;
  if (route.auth === 'account') {
    const caller = authenticate(exchange.req.headers, rt.grants, rt.accounts, rt.clock.now());
    served.account = caller.account;
    served.maskedKey = caller.maskedKey;
  }
  const faults = rt.faults.for(served.account?.id ?? null);
  if ((faults.latencyMs ?? 0) > 0) await sleep(faults.latencyMs);
  served.fault = rt.faults.draw(faults);
  if (served.fault === 'drop') return null;
  if (served.fault === 'server_error') throw stripeErrors.internal();
  if (served.fault === 'rate_limit') throw stripeErrors.rateLimited();
  if (route.auth === 'platform') return route.handle(exchange, rt);
  const account = served.account;
  if (account === null) throw stripeErrors.internal();
  if (!rt.limiter.take(account.id, account.livemode)) throw stripeErrors.rateLimited();
  settleAccount(rt, account);
  return route.handle(exchange, match.params, account, rt);
}

async function handleStripe(exchange: Exchange, rt: Runtime): Promise<void> {
  const started = performance.now();
  const served: Served = { route: '(unrecognized)', account: null, maskedKey: null, fault: null };
  let reply: Reply | null;
  try {
    reply = await serveStripe(exchange, rt, served);
  } catch (error) {
    reply = stripeErrorReply(error);
  }
  if (reply === null) exchange.req.socket.destroy();
  else send(exchange, reply, exchange.header('stripe-version') ?? API_VERSION);
  const entry: RequestLogEntry = {
    requestId: exchange.requestId,
    at: new Date().toISOString(),
    method: exchange.method,
    path: exchange.req.url ?? exchange.path,
    route: `${exchange.method} ${served.route}`,
    status: reply?.status ?? 0,
    account: served.account?.id ?? null,
    maskedKey: served.maskedKey,
    durationMs: Math.round((performance.now() - started) * 1000) / 1000,
    fault: served.fault,
  };
  rt.log.record(entry);
}

async function handlePage(exchange: Exchange, rt: Runtime): Promise<Reply | null> {
  const { method, path } = exchange;
  if (
    (method === 'GET' || method === 'POST') &&
    (path === '/oauth/authorize' || path === '/oauth/v2/authorize')
  ) {
    return authorizePage(exchange, path === '/oauth/authorize' ? 'connect' : 'apps', rt);
  }
  if (method === 'GET' && path.startsWith('/receipts/'))
    return receiptPage(decodeURIComponent(path.slice(10)), rt);
  return null;
}

/** The sandbox's request handler: control API, pages, then the Stripe API. */
export function requestHandler(
  rt: Runtime,
  control: SandboxControl,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const exchange = new Exchange(req, res, requestId());
    const run = async (): Promise<void> => {
      if (exchange.path === CONTROL_PREFIX || exchange.path.startsWith(`${CONTROL_PREFIX}/`)) {
        let reply: Reply;
        try {
          reply = await handleControl(exchange, control);
        } catch (error) {
          reply = controlErrorReply(error);
        }
        send(exchange, reply, null);
        return;
      }
      const pageReply = await handlePage(exchange, rt).catch((error: unknown) =>
        controlErrorReply(error),
      );
      if (pageReply !== null) {
        send(exchange, pageReply, null);
        return;
      }
      await handleStripe(exchange, rt);
    };
    void run().catch(() => {
      if (!res.headersSent) send(exchange, stripeErrorReply(null), API_VERSION);
    });
  };
}
