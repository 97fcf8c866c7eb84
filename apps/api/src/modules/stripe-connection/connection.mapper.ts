import { ConnectionStatus } from '@cora/core';
import type { StripeConnectionEntity } from '@cora/db';
import { StripeConnectionView, type ConnectionState } from './connection.types.js';

/** The fields users and support both see, field by field; tokens never leave the entity. */
export function connectionState(connection: StripeConnectionEntity | null): ConnectionState {
  return {
    status: connection?.status ?? ConnectionStatus.NOT_CONNECTED,
    stripeAccountId: connection?.stripeAccountId ?? null,
    livemode: connection?.livemode ?? null,
    connectedAt: connection?.connectedAt ?? null,
    lastSyncedAt: connection?.lastSyncedAt ?? null,
    nextSyncAt: connection?.nextSyncAt ?? null,
    lastErrorCode: connection?.lastErrorCode ?? null,
    lastErrorMessage: connection?.lastErrorMessage ?? null,
  };
}

/** The contract's view of a user's connection. */
export function toConnectionView(connection: StripeConnectionEntity | null): StripeConnectionView {
  return Object.assign(new StripeConnectionView(), connectionState(connection), {
    scope: connection?.scope ?? null,
  });
}
