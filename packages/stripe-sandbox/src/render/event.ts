import { API_VERSION } from '../constants.js';
import { EVENT_TYPES, type Account } from '../store/account.js';
import { ids } from '../util/ids.js';
import { previousAttributesOf, renderEventObject } from './event-object.js';
import type { RenderContext } from './context.js';

/** The parts of an event that vary. */
export interface EventParts {
  row: number;
  created: number;
  type: string;
  object: string;
  previousAttributes: string | null;
  pendingWebhooks: number;
}

/** Renders an Event as delivered to Connect endpoints (with `account`). */
export function renderEventEnvelope(account: Account, parts: EventParts): string {
  const previous =
    parts.previousAttributes === null ? '' : `,"previous_attributes":${parts.previousAttributes}`;
  return `{"id":"${ids.event.encode(account.no, parts.row)}","object":"event","account":"${account.id}","api_version":"${API_VERSION}","created":${parts.created},"data":{"object":${parts.object}${previous}},"livemode":${account.livemode},"pending_webhooks":${parts.pendingWebhooks},"request":{"id":null,"idempotency_key":null},"type":"${parts.type}"}`;
}

/**
 * Renders a stored event: the JSON captured when it happened, or for a
 * generated event its object as it was then.
 */
export function renderEvent(account: Account, row: number, ctx: RenderContext): string {
  const stored = account.eventPayloads.get(row);
  if (stored !== undefined) return stored;
  const cols = account.events.cols;
  const created = cols.created[row] ?? 0;
  const type = EVENT_TYPES[cols.type[row] ?? 0] ?? 'charge.succeeded';
  return renderEventEnvelope(account, {
    row,
    created,
    type,
    object: renderEventObject(account, type, cols.source[row] ?? 0, { ...ctx, now: created }),
    previousAttributes: previousAttributesOf(account, type, cols.source[row] ?? 0, created),
    pendingWebhooks: 0,
  });
}
