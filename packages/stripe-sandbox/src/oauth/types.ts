import type { Account } from '../store/account.js';

/** Connect OAuth (the integration guide) or Stripe Apps OAuth 2.0. */
export type Flavor = 'connect' | 'apps';

/** A platform: the app that connects accounts (client id + secret key). */
export interface Platform {
  clientId: string;
  name: string;
  livemode: boolean;
  /** The platform's own Stripe account (used with its key and no `Stripe-Account`). */
  account: Account;
}

/** A token issued to a platform for one connected account. */
export interface Grant {
  kind: 'access' | 'refresh';
  platform: Platform;
  account: Account;
  flavor: Flavor;
  scope: string;
  /** Sandbox time at which an access token stops working; null = never. */
  expiresAt: number | null;
  revoked: boolean;
  /** A rotated (used) Apps refresh token. */
  used: boolean;
}

/** The token endpoint's answer, in Stripe's field names. */
export interface TokenSet {
  access_token: string;
  refresh_token: string;
  token_type: 'bearer';
  stripe_user_id: string;
  stripe_publishable_key: string;
  scope: string;
  livemode: boolean;
  expires_in?: number;
}

/** Lifetimes, in sandbox seconds. */
export interface GrantLifetimes {
  code: number;
  appsAccessToken: number;
}
