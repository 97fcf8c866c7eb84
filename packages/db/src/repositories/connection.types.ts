import type { StoredConnectionStatus } from '@cora/core';
import type { OAuthFlavor } from '../enums.js';

/** Sealed tokens: ciphertext only, with the id of the key that sealed them. */
export interface SealedTokens {
  accessTokenCiphertext: string;
  refreshTokenCiphertext: string | null;
  tokenKeyId: string;
  accessTokenExpiresAt: Date | null;
}

/** A completed OAuth connection, as the API stores it. */
export interface SaveConnectedInput extends SealedTokens {
  userId: string;
  stripeAccountId: string;
  livemode: boolean;
  scope: string | null;
  flavor: OAuthFlavor;
  /** When the first scheduled sync is due; null leaves scheduling to the caller. */
  nextSyncAt?: Date | null;
  now?: Date;
}

/** A safe error (never a token or secret) to show on the connection. */
export interface ConnectionError {
  code: string;
  message: string;
}

/** What a finished sync records on its connection. */
export interface SyncResultInput {
  lastSyncedAt?: Date;
  nextSyncAt: Date | null;
  syncCursor?: string | null;
  /** null clears the last error. */
  error: ConnectionError | null;
}

/** Filters and paging of the support console's connection list. */
export interface SupportListOptions {
  /** Prefix of the user id or of the Stripe account id. */
  search?: string | null;
  status?: StoredConnectionStatus | null;
  first?: number;
  offset?: number;
}
