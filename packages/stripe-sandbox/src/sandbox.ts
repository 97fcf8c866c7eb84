import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_CLIENT_ID, DEMO_SECRET_KEY } from './constants.js';
import { SandboxControl } from './control/control.js';
import { Faults } from './faults/faults.js';
import { RateLimiter } from './faults/rate-limiter.js';
import { requestHandler } from './http/server.js';
import { settleAll } from './ledger-clock.js';
import { Grants } from './oauth/grants.js';
import { RequestLog } from './observe/request-log.js';
import type { SandboxOptions } from './options.js';
import type { Runtime } from './runtime.js';
import { Accounts } from './store/world.js';
import { Clock } from './util/clock.js';
import { DEFAULT_WEBHOOK_OPTIONS, WebhookDispatcher } from './webhooks/dispatcher.js';

/** A running sandbox. */
export interface Sandbox {
  /** `http://127.0.0.1:<port>`: the base of the API, Connect OAuth and the control API. */
  readonly url: string;
  readonly port: number;
  /** The default platform (Connect client id + secret key). */
  readonly platform: { readonly clientId: string; readonly secretKey: string };
  /** In-process control, mirroring `/_sandbox/…`. */
  readonly control: SandboxControl;
  close(): Promise<void>;
}

function buildRuntime(options: SandboxOptions): Runtime {
  const seed = options.seed ?? 42;
  const clock = new Clock(options.startTime);
  const accounts = new Accounts(clock, seed);
  const grants = new Grants(clock, {
    code: options.authorizationCodeLifetimeSeconds ?? 300,
    appsAccessToken: options.appsTokenLifetimeSeconds ?? 3600,
  });
  const limits =
    options.rateLimits === false ? null : { test: 25, live: 100, ...options.rateLimits };
  const webhooks = new WebhookDispatcher({ ...DEFAULT_WEBHOOK_OPTIONS, ...options.webhooks });
  accounts.events.pendingWebhooks = (type) => webhooks.targets(type).length;
  accounts.events.subscribe((event) => webhooks.enqueue(event));
  const name = options.platform?.name ?? 'CORA';
  const defaultPlatform = grants.addPlatform(
    {
      clientId: options.platform?.clientId ?? DEMO_CLIENT_ID,
      name,
      livemode: false,
      account: accounts.create({ businessName: name }),
    },
    options.platform?.secretKey ?? DEMO_SECRET_KEY,
  );
  accounts.onCreate = options.onAccountCreated ?? null;
  const rt: Runtime = {
    clock,
    accounts,
    grants,
    faults: new Faults(seed),
    limiter: new RateLimiter(limits),
    log: new RequestLog(options.requestLogSize),
    webhooks,
    settings: {
      autoApprove: options.autoApprove ?? false,
      authorizeCharges: options.authorizeCharges ?? 250,
    },
    defaultPlatform,
    baseUrl: '',
    render: () => ({ baseUrl: rt.baseUrl, now: clock.now() }),
  };
  return rt;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts a sandbox on `options.port` (default: an ephemeral port). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const rt = buildRuntime(options);
  const control = new SandboxControl(rt);
  const server = createServer({ keepAlive: true }, requestHandler(rt, control));
  // Real time moves the sandbox clock too: payouts fall due even when nobody asks.
  const ticker = setInterval(() => settleAll(rt), 30_000);
  ticker.unref();
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port ?? 0, host);
  rt.baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: rt.baseUrl,
    port,
    platform: {
      clientId: rt.defaultPlatform.clientId,
      secretKey: options.platform?.secretKey ?? DEMO_SECRET_KEY,
    },
    control,
    close: async () => {
      clearInterval(ticker);
      rt.webhooks.close();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
