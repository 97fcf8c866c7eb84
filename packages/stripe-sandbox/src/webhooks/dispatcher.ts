import type { RecordedEvent } from '../store/event-log.js';
import { ids, randomToken } from '../util/ids.js';
import { signatureHeader } from './signature.js';

/** A registered webhook endpoint (a Connect endpoint: it receives every account's events). */
export interface WebhookEndpoint {
  id: string;
  url: string;
  /** The signing secret (`whsec_…`), needed to sign each delivery. */
  secret: string;
  /** Event types delivered; `*` means all. */
  enabledEvents: readonly string[];
}

/** How deliveries behave. */
export interface WebhookOptions {
  /** Delays before each retry after a non-2xx or a connection error; its length caps retries. */
  retryDelaysMs: number[];
  timeoutMs: number;
  /** Deliver every event twice. */
  duplicates: boolean;
  /** Hold events for `outOfOrderWindowMs` and deliver each batch newest first. */
  outOfOrder: boolean;
  outOfOrderWindowMs: number;
}

/** One delivery attempt. */
export interface DeliveryAttempt {
  eventId: string;
  type: string;
  account: string;
  endpointId: string;
  attempt: number;
  status: number | null;
  error: string | null;
  at: string;
}

const MAX_ATTEMPTS_KEPT = 10_000;

/** Delivery defaults: four retries over about 40 seconds. */
export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  retryDelaysMs: [500, 2_000, 8_000, 30_000],
  timeoutMs: 10_000,
  duplicates: false,
  outOfOrder: false,
  outOfOrderWindowMs: 50,
};

/** Delivers events to endpoints asynchronously, signed like Stripe, with retries. */
export class WebhookDispatcher {
  private readonly endpoints = new Map<string, WebhookEndpoint>();
  private readonly attempts: DeliveryAttempt[] = [];
  private readonly held: RecordedEvent[] = [];
  private readonly stop = new AbortController();
  private readonly waiters: (() => void)[] = [];
  private pending = 0;

  constructor(public options: WebhookOptions = { ...DEFAULT_WEBHOOK_OPTIONS }) {}

  add(input: { url: string; secret?: string; enabledEvents?: readonly string[] }): WebhookEndpoint {
    const endpoint: WebhookEndpoint = {
      id: `we_${randomToken(24)}`,
      url: input.url,
      secret: input.secret ?? `whsec_${randomToken(32)}`,
      enabledEvents: input.enabledEvents ?? ['*'],
    };
    this.endpoints.set(endpoint.id, endpoint);
    return endpoint;
  }

  remove(id: string): boolean {
    return this.endpoints.delete(id);
  }

  /** Endpoints that would receive an event of `type`. */
  targets(type: string): WebhookEndpoint[] {
    return [...this.endpoints.values()].filter(
      (endpoint) => endpoint.enabledEvents.includes('*') || endpoint.enabledEvents.includes(type),
    );
  }

  deliveries(): readonly DeliveryAttempt[] {
    return this.attempts;
  }

  /** Resolves once no delivery is held, in flight or waiting to retry. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  enqueue(event: RecordedEvent): void {
    if (this.targets(event.type).length === 0) return;
    if (!this.options.outOfOrder) {
      this.track(this.fanOut(event));
      return;
    }
    this.held.push(event);
    if (this.held.length === 1) {
      this.track(
        this.sleep(this.options.outOfOrderWindowMs).then(async () => {
          const batch = this.held.splice(0).reverse();
          await Promise.all(batch.map((held) => this.fanOut(held)));
        }),
      );
    }
  }

  close(): void {
    this.stop.abort();
  }

  private async fanOut(event: RecordedEvent): Promise<void> {
    const payload = JSON.stringify(JSON.parse(event.payload), null, 2);
    const copies = this.options.duplicates ? 2 : 1;
    await Promise.all(
      this.targets(event.type).map(async (endpoint) => {
        for (let copy = 0; copy < copies; copy += 1) await this.deliver(endpoint, event, payload);
      }),
    );
  }

  private async deliver(
    endpoint: WebhookEndpoint,
    event: RecordedEvent,
    payload: string,
  ): Promise<void> {
    const delays = this.options.retryDelaysMs;
    for (let attempt = 1; !this.stop.signal.aborted; attempt += 1) {
      const outcome = await this.post(endpoint, payload);
      this.attempts.push({
        eventId: ids.event.encode(event.account.no, event.row),
        type: event.type,
        account: event.account.id,
        endpointId: endpoint.id,
        attempt,
        at: new Date().toISOString(),
        ...outcome,
      });
      // Kept bounded like the request log: the newest attempts are the ones tests read.
      if (this.attempts.length > 2 * MAX_ATTEMPTS_KEPT) this.attempts.splice(0, MAX_ATTEMPTS_KEPT);
      const delay = delays[attempt - 1];
      if ((outcome.status !== null && outcome.status < 300) || delay === undefined) return;
      await this.sleep(delay);
    }
  }

  private async post(
    endpoint: WebhookEndpoint,
    payload: string,
  ): Promise<{ status: number | null; error: string | null }> {
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        body: payload,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Stripe-Signature': signatureHeader(payload, endpoint.secret),
        },
        signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      await response.arrayBuffer();
      return { status: response.status, error: null };
    } catch (error) {
      return { status: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const onAbort = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.stop.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      this.stop.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private track(work: Promise<void>): void {
    this.pending += 1;
    void work.finally(() => {
      this.pending -= 1;
      if (this.pending === 0) for (const resolve of this.waiters.splice(0)) resolve();
    });
  }
}
