import Stripe from 'stripe';
import type { Logger } from 'pino';
import type { StripeConfig } from '../../config/config.js';

/** Observes every Stripe response (metrics, rate-limit accounting). */
export type StripeResponseListener = (event: {
  method: string;
  path: string;
  status: number;
  elapsedMs: number;
  requestId: string | undefined;
}) => void;

interface StripeResponseEvent {
  method: string;
  path: string;
  status: number;
  elapsed: number;
  request_id?: string;
}

function hostOptions(base: string): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  const url = new URL(base);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return {
    host: url.hostname,
    port: url.port === '' ? (protocol === 'http' ? 80 : 443) : Number(url.port),
    protocol,
  };
}

/**
 * Builds `stripe` SDK clients pointed at the configured hosts (Stripe's own, or the
 * sandbox). Every client logs its requests at debug level: method, path, status,
 * duration and Stripe's request id, never a key.
 */
export class StripeClients {
  private readonly listeners: StripeResponseListener[] = [];

  constructor(
    private readonly config: StripeConfig,
    private readonly logger: Logger,
  ) {}

  onResponse(listener: StripeResponseListener): void {
    this.listeners.push(listener);
  }

  /** A client acting for a connected account with its access token. */
  forAccount(accessToken: string, options: { maxNetworkRetries?: number } = {}): Stripe {
    return this.create(accessToken, this.config.apiBase, options.maxNetworkRetries ?? 0);
  }

  /** The platform's client on the API host (Apps OAuth token endpoint lives there). */
  platformApi(): Stripe {
    return this.create(this.config.secretKey, this.config.apiBase, 2);
  }

  /** The platform's client on the Connect host (Connect OAuth token and deauthorize). */
  platformConnect(): Stripe {
    return this.create(this.config.secretKey, this.config.connectBase, 2);
  }

  private create(key: string, base: string, maxNetworkRetries: number): Stripe {
    const client = new Stripe(key, {
      ...hostOptions(base),
      telemetry: false,
      maxNetworkRetries,
      timeout: 30_000,
    });
    (client.on as (name: string, handler: (event: StripeResponseEvent) => void) => void)(
      'response',
      (event) => this.observe(event),
    );
    return client;
  }

  private observe(event: StripeResponseEvent): void {
    const summary = {
      method: event.method,
      path: event.path,
      status: event.status,
      elapsedMs: event.elapsed,
      requestId: event.request_id,
    };
    this.logger.debug({ stripe: summary }, 'stripe request');
    for (const listener of this.listeners) listener(summary);
  }
}
