/** Where a user's Stripe connection stands, as the GraphQL contract names it. */
export enum ConnectionStatus {
  /** The user has never connected an account: no connection row exists. */
  NOT_CONNECTED = 'NOT_CONNECTED',
  CONNECTED = 'CONNECTED',
  NEEDS_REAUTH = 'NEEDS_REAUTH',
  DISCONNECTED = 'DISCONNECTED',
}

/** The states a stored connection can be in. */
export type StoredConnectionStatus = Exclude<ConnectionStatus, ConnectionStatus.NOT_CONNECTED>;

/** The stored state a status filter asks for; NOT_CONNECTED matches no stored connection. */
export function storedStatus(status: ConnectionStatus): StoredConnectionStatus | null {
  return status === ConnectionStatus.NOT_CONNECTED ? null : status;
}
