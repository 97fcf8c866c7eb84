import { CARDS, FAILURES, type FailureKind } from '../data/catalog.js';
import { Account, ChargeStatus } from '../store/account.js';
import { hash32 } from '../util/rng.js';
import type { RenderContext } from './context.js';

const CARD_SALT = 0xca7d;

/** What a charge looks like at a moment: now, or as it was when created. */
export interface ChargeState {
  amountRefunded: number;
  disputed: boolean;
}

/** What the charge templates read for one charge. */
export interface ChargeView extends ChargeState {
  account: Account;
  row: number;
  ctx: RenderContext;
  amount: number;
  failure: FailureKind | undefined;
  card: number;
  /** Per-charge hash: stable pseudo-random card details. */
  h: number;
  customer: number;
}

/** The card (index into CARDS) a charge was paid with. */
export const cardIndexOf = (account: Account, row: number): number =>
  hash32(account.no, row, CARD_SALT) % CARDS.length;

/** Fills `into` with what the templates read for one charge, and returns it. */
export function fill(
  into: ChargeView,
  account: Account,
  row: number,
  ctx: RenderContext,
  state?: ChargeState,
): ChargeView {
  const cols = account.charges.cols;
  const h = hash32(account.no, row, CARD_SALT);
  into.account = account;
  into.row = row;
  into.ctx = ctx;
  into.amountRefunded = state?.amountRefunded ?? cols.amountRefunded[row] ?? 0;
  into.disputed = state?.disputed ?? cols.disputed[row] === 1;
  into.amount = cols.amount[row] ?? 0;
  into.failure =
    cols.status[row] === ChargeStatus.succeeded ? undefined : FAILURES[cols.failure[row] ?? 0];
  into.card = h % CARDS.length;
  into.h = h;
  into.customer = cols.customer[row] ?? -1;
  return into;
}

const NO_ACCOUNT = new Account({
  no: -1,
  id: '',
  livemode: false,
  currency: 0,
  delayDays: 2,
  businessName: '',
  country: '',
  fxSeed: 0,
});

/** A view that renders nothing meaningful until `fill` sets it. */
export const blankView = (): ChargeView => ({
  account: NO_ACCOUNT,
  row: 0,
  ctx: { baseUrl: '', now: 0 },
  amountRefunded: 0,
  disputed: false,
  amount: 0,
  failure: undefined,
  card: 0,
  h: 0,
  customer: -1,
});

// Rendering is synchronous, so list pages reuse one view instead of allocating one per charge.
export const scratch = blankView();
