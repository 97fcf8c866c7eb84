import type { FaultSettings } from '../faults/faults.js';
import type { RateLimits } from '../faults/rate-limiter.js';
import type { Flavor, Platform, TokenSet } from '../oauth/types.js';
import type { RequestCounts, RequestLogEntry } from '../observe/request-log.js';
import { renderCharge } from '../render/charge.js';
import { renderDispute } from '../render/dispute.js';
import { renderPayout } from '../render/ledger.js';
import { renderRefund } from '../render/refund.js';
import type { Runtime } from '../runtime.js';
import type { Account } from '../store/account.js';
import type { NewAccount } from '../store/world.js';
import type { DeliveryAttempt, WebhookEndpoint, WebhookOptions } from '../webhooks/dispatcher.js';
import { ControlError } from './control-error.js';
import { settleAll } from '../ledger-clock.js';
import {
  lookupAccount,
  lookupCharge,
  lookupDispute,
  lookupPayout,
  lookupPlatform,
} from './lookup.js';
import { createPlatform, type NewPlatform, type PlatformCredentials } from './platforms.js';
import {
  decideDispute,
  disputeCharge,
  submitDisputeEvidence,
  type DisputeReason,
} from './dispute-operations.js';
import {
  createCharge,
  deauthorize,
  failPayout,
  updateCharge,
  type ChargeInput,
  type ChargeUpdate,
  type PayoutFailureCode,
} from './operations.js';
import { refundCharge, type RefundInput } from './refund-operations.js';
import type { DisputeOutcome } from '../store/disputes.js';
import { summarize, type AccountSummary } from './summary.js';

/** A Stripe object as JSON (charge, refund, dispute). */
export type StripeObject = Record<string, unknown>;

/** Which platform and flavor a connection is for (default: the sandbox's default platform, Connect). */
export interface ConnectOptions {
  clientId?: string | undefined;
  flavor?: Flavor | undefined;
}

/** Tokens of an earlier run, to be accepted again (see `restoreGrant`). */
export interface RestoredGrant {
  accessToken: string;
  refreshToken: string | null;
  flavor: Flavor;
  scope: string;
  /** Unix seconds at which the access token stops working (Stripe Apps); none for Connect. */
  accessTokenExpiresAt?: number | null;
  /** The platform that holds them (default: the sandbox's own). */
  clientId?: string;
}

/**
 * The sandbox's control surface, in process. The HTTP control API under
 * `/_sandbox/…` maps one-to-one onto these methods.
 */
export class SandboxControl {
  constructor(private readonly rt: Runtime) {}

  /** Adds a platform (another Connect application); its secret key is returned only here. */
  createPlatform(input: NewPlatform = {}): PlatformCredentials {
    return createPlatform(this.rt, input);
  }

  /** Creates an account, with a generated history when `charges` > 0. */
  createAccount(input: NewAccount = {}): AccountSummary {
    return summarize(this.rt.accounts.create(input));
  }

  account(id: string): AccountSummary {
    return summarize(this.accountOf(id));
  }

  /** Connects an account without the browser flow and returns its tokens. */
  connect(accountId: string, options: ConnectOptions = {}): TokenSet {
    const flavor = options.flavor ?? 'connect';
    return this.rt.grants.issue(
      this.platformOf(options.clientId),
      this.accountOf(accountId),
      flavor,
      flavor === 'apps' ? 'stripe_apps' : 'read_write',
    );
  }

  /**
   * Makes tokens issued by an earlier run of the sandbox (to an account made again from its
   * recipe) work again, unchanged: a restarted demo's stored connections keep syncing.
   */
  restoreGrant(accountId: string, input: RestoredGrant): void {
    this.rt.grants.adopt(
      this.platformOf(input.clientId),
      this.accountOf(accountId),
      input.flavor,
      input.scope,
      {
        access: input.accessToken,
        refresh: input.refreshToken,
        accessExpiresAt: input.accessTokenExpiresAt ?? null,
      },
    );
  }

  /** An authorization code, as the authorize page's redirect would carry it. */
  authorizationCode(accountId: string, options: ConnectOptions = {}): string {
    const flavor = options.flavor ?? 'connect';
    return this.rt.grants.issueCode(
      this.platformOf(options.clientId),
      this.accountOf(accountId),
      flavor,
      flavor === 'apps' ? 'stripe_apps' : 'read_write',
    );
  }

  addCharge(accountId: string, input: ChargeInput): StripeObject {
    const account = this.accountOf(accountId);
    return this.parse(
      renderCharge(account, createCharge(this.rt, account, input), this.rt.render()),
    );
  }

  refundCharge(chargeId: string, input: RefundInput = {}): StripeObject {
    const [account, row] = this.chargeOf(chargeId);
    const refund = refundCharge(this.rt, account, row, input);
    return this.parse(renderRefund(account, refund, this.rt.render()));
  }

  disputeCharge(chargeId: string, reason?: DisputeReason): StripeObject {
    const [account, row] = this.chargeOf(chargeId);
    return this.parse(
      renderDispute(account, disputeCharge(this.rt, account, row, reason), this.rt.render()),
    );
  }

  /** The merchant submits evidence on an open dispute: it goes under review. */
  submitDisputeEvidence(disputeId: string): StripeObject {
    const [account, row] = lookupDispute(this.rt, disputeId);
    submitDisputeEvidence(this.rt, account, row);
    return this.parse(renderDispute(account, row, this.rt.render()));
  }

  /** The card network closes a dispute: won (the funds come back, the fee stays) or lost. */
  closeDispute(disputeId: string, outcome: DisputeOutcome): StripeObject {
    const [account, row] = lookupDispute(this.rt, disputeId);
    decideDispute(this.rt, account, row, outcome);
    return this.parse(renderDispute(account, row, this.rt.render()));
  }

  updateCharge(chargeId: string, input: ChargeUpdate): StripeObject {
    const [account, row] = this.chargeOf(chargeId);
    updateCharge(this.rt, account, row, input);
    return this.parse(renderCharge(account, row, this.rt.render()));
  }

  /** The account owner revokes access (as `POST /oauth/deauthorize` would); returns how many tokens died. */
  deauthorize(accountId: string, clientId?: string): number {
    return deauthorize(this.rt, this.platformOf(clientId), this.accountOf(accountId));
  }

  now(): number {
    return this.rt.clock.now();
  }

  /** Moves the sandbox clock forward; the payouts that fall due are created, arrive or fail. */
  advanceClock(seconds: number): number {
    const now = this.rt.clock.advance(seconds);
    settleAll(this.rt);
    return now;
  }

  /** Makes an in-transit payout fail at its arrival: its funds come back and go into a later payout. */
  failPayout(payoutId: string, code: PayoutFailureCode = 'account_closed'): StripeObject {
    const [account, row] = lookupPayout(this.rt, payoutId);
    failPayout(this.rt, account, row, code);
    return this.parse(renderPayout(account, row, this.rt.render()));
  }

  /** Replaces the faults globally, or for one account. */
  setFaults(settings: FaultSettings, account?: string): void {
    if (account !== undefined) this.accountOf(account);
    this.rt.faults.set(settings, account);
  }

  clearFaults(account?: string): void {
    this.rt.faults.clear(account);
  }

  /** Requests per second per account, or `null` for no limit. */
  setRateLimits(limits: RateLimits | null): void {
    this.rt.limiter.limits = limits;
    this.rt.limiter.reset();
  }

  setAutoApprove(on: boolean): void {
    this.rt.settings.autoApprove = on;
  }

  addWebhookEndpoint(input: {
    url: string;
    secret?: string | undefined;
    enabledEvents?: string[] | undefined;
  }): WebhookEndpoint {
    return this.rt.webhooks.add({
      url: input.url,
      ...(input.secret === undefined ? {} : { secret: input.secret }),
      ...(input.enabledEvents === undefined ? {} : { enabledEvents: input.enabledEvents }),
    });
  }

  removeWebhookEndpoint(id: string): void {
    if (!this.rt.webhooks.remove(id))
      throw new ControlError(404, `No such webhook endpoint: ${id}`);
  }

  setWebhookOptions(options: Partial<WebhookOptions>): WebhookOptions {
    this.rt.webhooks.options = { ...this.rt.webhooks.options, ...options };
    return this.rt.webhooks.options;
  }

  webhookDeliveries(): readonly DeliveryAttempt[] {
    return this.rt.webhooks.deliveries();
  }

  /** Resolves when every webhook delivery (and retry) has finished. */
  webhooksIdle(): Promise<void> {
    return this.rt.webhooks.idle();
  }

  /** Size of the sandbox: accounts, charges, the process's memory (MiB) and CPU time used. */
  stats(): {
    accounts: number;
    charges: number;
    rssMiB: number;
    heapUsedMiB: number;
    cpuSeconds: number;
  } {
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    const accounts = this.rt.accounts.all();
    return {
      accounts: accounts.length,
      charges: accounts.reduce((sum, account) => sum + account.charges.length, 0),
      rssMiB: Math.round(memory.rss / 2 ** 20),
      heapUsedMiB: Math.round(memory.heapUsed / 2 ** 20),
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    };
  }

  requestCounts(account?: string): RequestCounts {
    return this.rt.log.counts(account);
  }

  requestLog(filter: { account?: string; limit?: number } = {}): RequestLogEntry[] {
    return this.rt.log.entries(filter);
  }

  resetRequests(): void {
    this.rt.log.reset();
  }

  private parse(text: string): StripeObject {
    return JSON.parse(text) as StripeObject;
  }

  private accountOf(id: string): Account {
    return lookupAccount(this.rt, id);
  }

  private platformOf(clientId: string | undefined): Platform {
    return lookupPlatform(this.rt, clientId);
  }

  private chargeOf(id: string): [Account, number] {
    return lookupCharge(this.rt, id);
  }
}
