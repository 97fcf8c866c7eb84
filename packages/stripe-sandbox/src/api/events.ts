import { stripeErrors } from '../http/errors.js';
import type { Exchange, Reply } from '../http/exchange.js';
import type { PageRequest } from '../http/list-params.js';
import { renderEvent } from '../render/event.js';
import type { Runtime } from '../runtime.js';
import { EVENT_TYPES, type Account, type EventCols } from '../store/account.js';
import { ids } from '../util/ids.js';
import { listReply, retrieveReply, type ListSpec } from './list.js';

/** Stripe keeps events for 30 days. */
export const EVENT_RETENTION_SECONDS = 30 * 86_400;

/** Stripe filters events by at most this many `types[]`. */
const MAX_TYPES = 20;

/** `type=charge.*` style patterns, or exact names. */
function typeMatcher(patterns: string[]): (type: string) => boolean {
  return (type) =>
    patterns.some((pattern) =>
      pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern,
    );
}

function requestedTypes(exchange: Exchange): string[] {
  const types: string[] = [];
  for (const [key, value] of exchange.params)
    if (key === 'types' || key.startsWith('types[')) types.push(value);
  if (types.length > MAX_TYPES)
    throw stripeErrors.invalidParam(
      `Invalid array: types may list at most ${MAX_TYPES} event types (${types.length} given).`,
      'types',
    );
  const single = exchange.query.get('type');
  if (single !== undefined && types.length > 0) {
    throw stripeErrors.invalidParam(
      'You may only specify one of these parameters: type, types.',
      'types',
    );
  }
  return single === undefined ? types : [single];
}

function eventSpec(rt: Runtime): ListSpec<EventCols> {
  return {
    url: '/v1/events',
    objectName: 'event',
    codec: ids.event,
    collection: (account) => account.events,
    render: (account, row) => renderEvent(account, row, rt.render()),
    filters: new Set(['type', 'types', 'delivery_success']),
    matcher: (exchange, account) => {
      if (exchange.query.has('delivery_success'))
        throw stripeErrors.notEmulated('delivery_success');
      const types = requestedTypes(exchange);
      if (types.length === 0) return undefined;
      const matches = typeMatcher(types);
      const cols = account.events.cols;
      return (row) => matches(EVENT_TYPES[cols.type[row] ?? 0] ?? '');
    },
    adjust: (request: PageRequest): PageRequest => {
      const cutoff = rt.clock.now() - EVENT_RETENTION_SECONDS;
      return {
        ...request,
        created: { ...request.created, gte: Math.max(request.created.gte ?? cutoff, cutoff) },
      };
    },
  };
}

/** `GET /v1/events` (30-day retention, `type`/`types[]` and `created` filters) and `GET /v1/events/:id`. */
export const events = {
  list: (exchange: Exchange, account: Account, rt: Runtime): Reply =>
    listReply(exchange, account, eventSpec(rt)),
  retrieve: (exchange: Exchange, id: string, account: Account, rt: Runtime): Reply => {
    const parts = ids.event.decode(id);
    const created = parts === null ? 0 : (account.events.cols.created[parts.seq] ?? 0);
    if (parts !== null && created < rt.clock.now() - EVENT_RETENTION_SECONDS)
      throw stripeErrors.noSuch('event', id);
    return retrieveReply(exchange, account, id, eventSpec(rt));
  },
};
