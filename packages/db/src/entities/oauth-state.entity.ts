import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { OAuthFlavor } from '../enums.js';
import { newId } from '../ids.js';

/**
 * A single-use OAuth `state`, stored only as its hash. `browserBindingHash` is the hash of
 * the cookie set on the browser that started the flow, when one did (RFC 9700 §4.7).
 */
export const OAuthState = defineEntity({
  name: 'OAuthState',
  tableName: 'oauth_state',
  properties: (p) => ({
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    stateHash: p.string().length(128).unique(),
    userId: p.string().length(191),
    flavor: p.string().$type<OAuthFlavor>().length(16),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
    usedAt: p.datetime().nullable(),
    browserBindingHash: p.string().length(64).nullable(),
  }),
});

/** A loaded OAuthState row. */
export type OAuthStateEntity = InferEntity<typeof OAuthState>;
