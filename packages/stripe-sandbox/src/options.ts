import type { RateLimits } from './faults/rate-limiter.js';
import type { AccountRecipe } from './store/world.js';
import type { WebhookOptions } from './webhooks/dispatcher.js';

/** How to start a sandbox. Every field is optional. */
export interface SandboxOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Seed of every generated id, account and fault draw (default 42). */
  seed?: number;
  /** The default platform's credentials (default: the exported demo constants). */
  platform?: { clientId?: string; secretKey?: string; name?: string };
  /** Per-account requests per second (default test 25, live 100); `false` turns limits off. */
  rateLimits?: Partial<RateLimits> | false;
  /** Lifetime of Stripe Apps access tokens in seconds (default 3600). */
  appsTokenLifetimeSeconds?: number;
  /** Lifetime of authorization codes in seconds (default 300). */
  authorizationCodeLifetimeSeconds?: number;
  /** The authorize page approves at once, as with `auto_approve=1` (default false). */
  autoApprove?: boolean;
  /** Charges generated for an account created on the authorize page (default 250). */
  authorizeCharges?: number;
  /** Webhook delivery behaviour (retry delays, duplicates, out-of-order). */
  webhooks?: Partial<WebhookOptions>;
  /** Start the sandbox clock at this Unix time (default: real time). */
  startTime?: number;
  /**
   * Told of every account made after the start (on the authorize page or the control API),
   * so that a later sandbox can make it again with `createAccount(recipe)`.
   */
  onAccountCreated?: (recipe: AccountRecipe) => void;
  /** Requests kept in the request log (default 10,000). */
  requestLogSize?: number;
}
