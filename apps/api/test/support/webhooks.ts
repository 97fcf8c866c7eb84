import Stripe from 'stripe';
import type { Harness } from './harness.js';

export const WEBHOOK_SECRET = 'whsec_test_cora_webhooks_0123456789';

/** Posts `event` to the API's webhook route, signed like Stripe (or not, as asked). */
export async function postEvent(
  h: Harness,
  event: Record<string, unknown>,
  options: { secret?: string; timestamp?: number; signature?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const payload = JSON.stringify(event);
  const signature =
    options.signature ??
    Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: options.secret ?? WEBHOOK_SECRET,
      ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    });
  const response = await fetch(`${h.url}/api/integrations/stripe/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: payload,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let sequence = 0;

/** A Connect event as Stripe sends it. */
export function connectEvent(
  type: string,
  account: string,
  object: Record<string, unknown>,
  created: number,
): Record<string, unknown> {
  sequence += 1;
  return {
    id: `evt_test_${Date.now()}_${sequence}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created,
    type,
    account,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  };
}
