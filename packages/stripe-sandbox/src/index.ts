export { startSandbox, type Sandbox } from './sandbox.js';
export type { SandboxOptions } from './options.js';
export {
  SandboxControl,
  type ConnectOptions,
  type RestoredGrant,
  type StripeObject,
} from './control/control.js';
export type { NewPlatform, PlatformCredentials } from './control/platforms.js';
export type { AccountSummary } from './control/summary.js';
export type { ChargeInput, ChargeUpdate } from './control/operations.js';
export type { DisputeReason } from './control/dispute-operations.js';
export type { RefundInput } from './control/refund-operations.js';
export type { DisputeOutcome } from './store/disputes.js';
export type { AccountRecipe, NewAccount } from './store/world.js';
export type { FaultSettings } from './faults/faults.js';
export type { RateLimits } from './faults/rate-limiter.js';
export type { Flavor, TokenSet } from './oauth/types.js';
export type { RequestCounts, RequestLogEntry } from './observe/request-log.js';
export type { DeliveryAttempt, WebhookEndpoint, WebhookOptions } from './webhooks/dispatcher.js';
export { signatureHeader } from './webhooks/signature.js';
export { API_VERSION, CONTROL_PREFIX, DEMO_CLIENT_ID, DEMO_SECRET_KEY } from './constants.js';
