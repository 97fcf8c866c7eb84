import express, { type Express } from 'express';
import type { Logger } from 'pino';
import Stripe from 'stripe';
import { WebhookEventRepository, type Orm } from '@cora/db';
import type { Metrics } from '../monitoring/metrics.js';
import type { WebhookProcessor } from './webhook.processor.js';

/** What the webhook route needs. */
export interface WebhookRouteDeps {
  /** The signing secret; without it the route answers 503. */
  secret: string | undefined;
  orm: Orm;
  webhooks: WebhookProcessor;
  metrics: Metrics;
  logger: Logger;
}

const PATH = '/api/integrations/stripe/webhook';
/** Stripe's default tolerance for the signature timestamp, in the past and in the future. */
const TOLERANCE_SECONDS = 300;

/**
 * True when the header's `t=` lies more than the tolerance ahead of our clock. Stripe's
 * `constructEvent` only bounds the past, so a signature made for the future (a leaked
 * secret, a far-off clock) would otherwise stay replayable until then.
 */
function signedInTheFuture(header: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const stamps = header
    .split(',')
    .map((part) => /^\s*t=(\d+)\s*$/.exec(part)?.[1])
    .filter((value): value is string => value !== undefined)
    .map(Number);
  return stamps.some((t) => t > nowSeconds + TOLERANCE_SECONDS);
}

/**
 * Stripe's Connect webhook: verify the signature on the raw body, persist the event once,
 * answer, then process it. A bad signature stores nothing; a duplicate answers 200.
 */
export function mountWebhookRoute(app: Express, deps: WebhookRouteDeps): void {
  app.post(PATH, express.raw({ type: () => true, limit: '1mb' }), (req, res) => {
    const { secret } = deps;
    if (secret === undefined) {
      res
        .status(503)
        .json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Webhooks are not configured' } });
      return;
    }
    let event: Stripe.Event;
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const header = String(req.headers['stripe-signature'] ?? '');
      if (signedInTheFuture(header)) throw new Error('signature timestamp in the future');
      event = Stripe.webhooks.constructEvent(body, header, secret, TOLERANCE_SECONDS);
    } catch {
      deps.metrics.webhookEvents.inc({ type: 'unverified', outcome: 'bad_signature' });
      res
        .status(400)
        .json({ error: { code: 'BAD_USER_INPUT', message: 'Invalid Stripe signature' } });
      return;
    }
    new WebhookEventRepository(deps.orm.em.fork())
      .record(event.id, event.type, event.account ?? null, event)
      .then(async ({ inserted }) => {
        // Queued before the answer, so once Stripe has its 200 the event is on its way.
        if (inserted) await deps.webhooks.enqueue(event.id);
        else deps.metrics.webhookEvents.inc({ type: event.type, outcome: 'duplicate' });
        res.status(200).json({ received: true, duplicate: !inserted });
      })
      .catch((error: unknown) => {
        deps.logger.error({ err: error, eventId: event.id }, 'could not record a webhook event');
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Try again' } });
      });
  });
}
