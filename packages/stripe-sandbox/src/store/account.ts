import { Collection } from './collection.js';

const f64 = (): Float64Array => new Float64Array(0);
const i32 = (): Int32Array => new Int32Array(0);
const u8 = (): Uint8Array => new Uint8Array(0);
const u32 = (): Uint32Array => new Uint32Array(0);

/** Charge status codes as stored. */
export const ChargeStatus = { succeeded: 0, failed: 1 } as const;

/** Balance transaction kinds as stored. */
export const TxnKind = { charge: 0, refund: 1, dispute: 2, payout: 3 } as const;

/** Event type codes as stored (index into EVENT_TYPES). */
export const EVENT_TYPES = [
  'charge.succeeded',
  'charge.failed',
  'charge.updated',
  'charge.refunded',
  'charge.dispute.created',
  'account.application.deauthorized',
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
  return { created: f64(), charge: i32(), amount: f64(), reason: u8(), txn: i32() };
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
  };
}

function payoutColumns() {
  return { created: f64(), arrival: f64(), amount: f64(), currency: u8(), txn: i32() };
}

function disputeColumns() {
  return { created: f64(), charge: i32(), amount: f64(), reason: u8(), txn: i32() };
}

function eventColumns() {
  return { created: f64(), type: u8(), source: i32() };
}

/** The column sets of each collection. */
export type ChargeCols = ReturnType<typeof chargeColumns>;
export type RefundCols = ReturnType<typeof refundColumns>;
export type TxnCols = ReturnType<typeof txnColumns>;
export type PayoutCols = ReturnType<typeof payoutColumns>;
export type EventCols = ReturnType<typeof eventColumns>;

/** What describes an account apart from its objects. */
export interface AccountProfile {
  no: number;
  id: string;
  livemode: boolean;
  /** Settlement currency (index into CURRENCIES). */
  currency: number;
  businessName: string;
  country: string;
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
  /** Charge row → dispute row. */
  readonly disputeOf = new Map<number, number>();
  customers = 0;
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
