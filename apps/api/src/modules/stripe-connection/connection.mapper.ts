import type { StripeConnectionEntity } from '@cora/db';
import { ConnectionStatus, StripeConnectionView } from './connection.types.js';

/** The contract's view of a connection, field by field; tokens never leave the entity. */
export function toConnectionView(connection: StripeConnectionEntity | null): StripeConnectionView {
  const view = new StripeConnectionView();
  view.status = connection === null ? ConnectionStatus.NOT_CONNECTED : connection.status;
  view.stripeAccountId = connection?.stripeAccountId ?? null;
  view.livemode = connection?.livemode ?? null;
  view.scope = connection?.scope ?? null;
  view.connectedAt = connection?.connectedAt ?? null;
  view.lastSyncedAt = connection?.lastSyncedAt ?? null;
  view.nextSyncAt = connection?.nextSyncAt ?? null;
  view.lastErrorCode = connection?.lastErrorCode ?? null;
  view.lastErrorMessage = connection?.lastErrorMessage ?? null;
  return view;
}
