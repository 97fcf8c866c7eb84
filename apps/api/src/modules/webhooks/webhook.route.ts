import express, { type Express } from 'express';
import Stripe from 'stripe';
import { WebhookEventRepository } from '@cora/db';
import type { Services } from '../../app/services.js';

const PATH = '/api/integrations/stripe/webhook';
/** Stripe's default tolerance for the signature timestamp. */
const TOLERANCE_SECONDS = 300;

/**
 * Stripe's Connect webhook: verify the signature on the raw body, persist the event once,
 * answer, then process it. A bad signature stores nothing; a duplicate answers 200.
 */
export function mountWebhookRoute(app: Express, services: Services): void {
  app.post(PATH, express.raw({ type: () => true, limit: '1mb' }), (req, res) => {
    const secret = services.config.stripe.webhookSecret;
    if (secret === undefined) {
      res
        .status(503)
        .json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Webhooks are not configured' } });
      return;
    }
    let event: Stripe.Event;
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      event = Stripe.webhooks.constructEvent(
        body,
        req.headers['stripe-signature'] ?? '',
        secret,
        TOLERANCE_SECONDS,
      );
    } catch {
      services.metrics.webhookEvents.inc({ type: 'unverified', outcome: 'bad_signature' });
      res
        .status(400)
        .json({ error: { code: 'BAD_USER_INPUT', message: 'Invalid Stripe signature' } });
      return;
    }
    new WebhookEventRepository(services.orm.em.fork())
      .record(
        event.id,
        event.type,
        event.account ?? null,
        event as unknown as Record<string, unknown>,
      )
      .then(({ inserted }) => {
        res.status(200).json({ received: true, duplicate: !inserted });
        if (inserted) services.webhooks.processSoon(event.id);
        else services.metrics.webhookEvents.inc({ type: event.type, outcome: 'duplicate' });
      })
      .catch((error: unknown) => {
        services.logger.error(
          { err: error, eventId: event.id },
          'could not record a webhook event',
        );
        res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Try again' } });
      });
  });
}
