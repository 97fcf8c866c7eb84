import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { ConnectionStatus, type StoredConnectionStatus } from '@cora/core';
import { OAuthFlavor } from '../enums.js';
import { newId } from '../ids.js';

/**
 * A CORA user's link to one Stripe account. Tokens are stored only as ciphertext with the
 * id of the key that sealed them; `tokenVersion` serializes refreshes (compare-and-set).
 */
export const StripeConnection = defineEntity({
  name: 'StripeConnection',
  tableName: 'stripe_connection',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    userId: p.string().length(191).unique(),
    stripeAccountId: p.string().length(191).nullable().index(),
    livemode: p.boolean().default(false),
    scope: p.string().length(64).nullable(),
    flavor: p.string().$type<OAuthFlavor>().length(16).default(OAuthFlavor.CONNECT),
    accessTokenCiphertext: p.text().nullable(),
    refreshTokenCiphertext: p.text().nullable(),
    tokenKeyId: p.string().length(64).nullable(),
    accessTokenExpiresAt: p.datetime().nullable(),
    tokenVersion: p.integer().default(0),
    /** While set and in the future, one process is refreshing the tokens (a lease). */
    refreshLockedUntil: p.datetime().nullable(),
    status: p
      .string()
      .$type<StoredConnectionStatus>()
      .length(16)
      .default(ConnectionStatus.CONNECTED),
    connectedAt: p.datetime().nullable(),
    /** When the user disconnected; on a CONNECTED row, a disconnect asked for and in flight. */
    disconnectedAt: p.datetime().nullable(),
    lastSyncedAt: p.datetime().nullable(),
    nextSyncAt: p.datetime().nullable().index(),
    syncCursor: p.string().length(191).nullable(),
    lastErrorCode: p.string().length(64).nullable(),
    lastErrorMessage: p.text().nullable(),
    lastErrorAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  }),
});

/** A loaded StripeConnection row. */
export type StripeConnectionEntity = InferEntity<typeof StripeConnection>;
