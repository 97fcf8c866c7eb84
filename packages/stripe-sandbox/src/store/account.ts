import { Collection } from './collection.js';
import { LedgerState } from './ledger-state.js';

const f64 = (): Float64Array => new Float64Array(0);
const i32 = (): Int32Array => new Int32Array(0);
const u8 = (): Uint8Array => new Uint8Array(0);
const u32 = (): Uint32Array => new Uint32Array(0);

/** Charge status codes as stored. */
export const ChargeStatus = { succeeded: 0, failed: 1 } as const;

/** Balance transaction kinds as stored. */
export const TxnKind = {
  charge: 0,
  refund: 1,
  dispute: 2,
  payout: 3,
  payoutFailure: 4,
  disputeReversal: 5,
  disputeFee: 6,
} as const;

/** Event type codes as stored (index into EVENT_TYPES). */
export const EVENT_TYPES = [
  'charge.succeeded',
  'charge.failed',
  'charge.updated',
  'charge.refunded',
  'charge.dispute.created',
  'account.application.deauthorized',
  'charge.refund.updated',
  'refund.created',
  'refund.updated',
  'charge.dispute.updated',
  'charge.dispute.closed',
  'charge.dispute.funds_withdrawn',
  'charge.dispute.funds_reinstated',
  'payout.created',
  'payout.paid',
  'payout.failed',
  'balance.available',
] as const;
/** An event type the sandbox records. */
export type EventType = (typeof EVENT_TYPES)[number];

function chargeColumns() {
  return {
    created: f64(),
    amount: f64(),
    amountRefunded: f64(),
    currency: u8(),
    description: u32(),
    metadata: u32(),
    status: u8(),
    failure: u8(),
    disputed: u8(),
    customer: i32(),
    txn: i32(),
  };
}

function refundColumns() {
  return {
    created: f64(),
    charge: i32(),
    amount: f64(),
    reason: u8(),
    txn: i32(),
    /** The charge's `amount_refunded` once this refund was made. */
    refundedAfter: f64(),
  };
}

function txnColumns() {
  return {
    created: f64(),
    availableOn: f64(),
    kind: u8(),
    source: i32(),
    amount: f64(),
    fee: f64(),
    currency: u8(),
    exchangeRate: f64(),
    /** The payout that settled it (-1: not yet paid out); a payout's own entry names itself. */
    payout: i32(),
  };
}

function payoutColumns() {
  return {
    created: f64(),
    arrival: f64(),
    amount: f64(),
    currency: u8(),
    txn: i32(),
    /** Why it fails at arrival (index into PAYOUT_FAILURES; 0: it does not fail). */
    failure: u8(),
    /** The `payout_failure` entry that returned the funds (-1: none). */
    failureTxn: i32(),
  };
}

function disputeColumns() {
  return {
    created: f64(),
    charge: i32(),
    amount: f64(),
    reason: u8(),
    /** The withdrawal of the disputed amount and the dispute fee. */
    txn: i32(),
    /** When evidence was submitted (0: never). */
    evidenceAt: f64(),
    /** When the dispute closed (0: still open). */
    closedAt: f64(),
    /** How it closed (index into DISPUTE_OUTCOMES; 0: open). */
    outcome: u8(),
    /** The reinstatement of the funds of a won dispute (-1: none). */
    reversalTxn: i32(),
  };
}

function eventColumns() {
  return { created: f64(), type: u8(), source: i32() };
}

/** The column sets of each collection. */
export type ChargeCols = ReturnType<typeof chargeColumns>;
export type RefundCols = ReturnType<typeof refundColumns>;
export type TxnCols = ReturnType<typeof txnColumns>;
export type PayoutCols = ReturnType<typeof payoutColumns>;
export type DisputeCols = ReturnType<typeof disputeColumns>;
export type EventCols = ReturnType<typeof eventColumns>;

/** What describes an account apart from its objects. */
export interface AccountProfile {
  no: number;
  id: string;
  livemode: boolean;
  /** Settlement currency (index into CURRENCIES). */
  currency: number;
  /** Days from a charge to its funds becoming available (the payout schedule's `delay_days`). */
  delayDays: number;
  businessName: string;
  country: string;
  /** Seed of the exchange rates the account's money is converted at (the sandbox's). */
  fxSeed: number;
}

/** One Stripe account and every object it holds, in compact columns. */
export class Account {
  readonly charges = new Collection(chargeColumns());
  readonly refunds = new Collection(refundColumns());
  readonly txns = new Collection(txnColumns());
  readonly payouts = new Collection(payoutColumns());
  readonly disputes = new Collection(disputeColumns());
  readonly events = new Collection(eventColumns());
  /** Event JSON captured when the event happened; generated events render lazily. */
  readonly eventPayloads = new Map<number, string>();
  /** Replies to writes by `Idempotency-Key`: the parameters sent and the JSON answered. */
  readonly idempotent = new Map<string, { params: string; body: string }>();
  /** Charge row → dispute row. */
  readonly disputeOf = new Map<number, number>();
  customers = 0;
  /** The automatic payout schedule's state: what is unsettled, in transit, and processed. */
  readonly ledger = new LedgerState();
  /** The statement descriptor Stripe derives from the business name, as JSON. */
  readonly descriptorJson: string;

  constructor(readonly profile: AccountProfile) {
    const descriptor = profile.businessName
      .toUpperCase()
      .replace(/[^A-Z0-9 .]/g, '')
      .slice(0, 22)
      .trim();
    this.descriptorJson = descriptor === '' ? 'null' : JSON.stringify(descriptor);
  }

  get id(): string {
    return this.profile.id;
  }

  get no(): number {
    return this.profile.no;
  }

  get livemode(): boolean {
    return this.profile.livemode;
  }
}
