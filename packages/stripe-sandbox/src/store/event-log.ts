import { renderEventEnvelope } from '../render/event.js';
import { EVENT_TYPES, type Account, type EventType } from './account.js';

/** An event just recorded, with its exact JSON. */
export interface RecordedEvent {
  account: Account;
  row: number;
  type: EventType;
  payload: string;
}

/** Records events of every account and tells subscribers (the webhook dispatcher). */
export class EventLog {
  private readonly listeners: ((event: RecordedEvent) => void)[] = [];
  /** How many endpoints will receive a new event of a type (`pending_webhooks`). */
  pendingWebhooks: (type: EventType) => number = () => 0;

  subscribe(listener: (event: RecordedEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Records an event at `now` whose `data.object` is `object` (JSON text). */
  emit(
    account: Account,
    type: EventType,
    now: number,
    object: string,
    previousAttributes: string | null = null,
  ): RecordedEvent {
    const row = account.events.insert((cols, at) => {
      cols.created[at] = now;
      cols.type[at] = EVENT_TYPES.indexOf(type);
      cols.source[at] = -1;
    });
    const payload = renderEventEnvelope(account, {
      row,
      created: now,
      type,
      object,
      previousAttributes,
      pendingWebhooks: this.pendingWebhooks(type),
    });
    account.eventPayloads.set(row, payload);
    const event = { account, row, type, payload };
    for (const listener of this.listeners) listener(event);
    return event;
  }
}
