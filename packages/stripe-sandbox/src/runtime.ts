import type { Faults } from './faults/faults.js';
import type { RateLimiter } from './faults/rate-limiter.js';
import type { Grants } from './oauth/grants.js';
import type { Platform } from './oauth/types.js';
import type { RequestLog } from './observe/request-log.js';
import type { RenderContext } from './render/context.js';
import type { Accounts } from './store/world.js';
import type { Clock } from './util/clock.js';
import type { WebhookDispatcher } from './webhooks/dispatcher.js';

/** Settings that may change while the sandbox runs. */
export interface LiveSettings {
  /** The authorize page approves at once (as if `auto_approve=1`). */
  autoApprove: boolean;
  /** Charges generated for an account created on the authorize page. */
  authorizeCharges: number;
}

/** Everything a handler may touch. */
export interface Runtime {
  readonly clock: Clock;
  readonly accounts: Accounts;
  readonly grants: Grants;
  readonly faults: Faults;
  readonly limiter: RateLimiter;
  readonly log: RequestLog;
  readonly webhooks: WebhookDispatcher;
  readonly settings: LiveSettings;
  readonly defaultPlatform: Platform;
  /** `http://127.0.0.1:<port>` once listening. */
  baseUrl: string;
  render(): RenderContext;
}
