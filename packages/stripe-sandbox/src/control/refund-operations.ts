import { currencyAt } from '../data/currencies.js';
import { renderCharge } from '../render/charge.js';
import { renderRefund } from '../render/refund.js';
import type { Runtime } from '../runtime.js';
import { ChargeStatus, type Account } from '../store/account.js';
import { DISPUTE_OUTCOMES } from '../store/disputes.js';
import { REFUND_REASONS, recordRefund } from '../store/ledger.js';
import { ids } from '../util/ids.js';
import { ControlError } from './control-error.js';

/** A refund to make: all that is left by default. */
export interface RefundInput {
  amount?: number | undefined;
  reason?: 'requested_by_customer' | 'duplicate' | 'fraudulent' | undefined;
}

const money = (amount: number, currency: number): string => {
  const { code, exponent } = currencyAt(currency);
  return `${(amount / 10 ** exponent).toFixed(exponent)} ${code.toUpperCase()}`;
};

/**
 * The amount a refund of `charge` would return, or Stripe's refusal: a failed
 * charge, a charge with a dispute not won (`charge_disputed`: the chargeback
 * already returned the money), a charge refunded in full
 * (`charge_already_refunded`), or an amount beyond what is left.
 */
export function refundableAmount(account: Account, charge: number, requested?: number): number {
  const cols = account.charges.cols;
  const id = ids.charge.encode(account.no, charge);
  if (cols.status[charge] !== ChargeStatus.succeeded)
    throw new ControlError(409, 'Only a succeeded charge can be refunded', undefined, 'charge');
  const dispute = account.disputeOf.get(charge);
  if (
    dispute !== undefined &&
    DISPUTE_OUTCOMES[account.disputes.cols.outcome[dispute] ?? 0] !== 'won'
  )
    throw new ControlError(
      400,
      `Charge ${id} has been charged back; cannot issue a refund.`,
      'charge_disputed',
      'charge',
    );
  const left = (cols.amount[charge] ?? 0) - (cols.amountRefunded[charge] ?? 0);
  if (left <= 0)
    throw new ControlError(
      400,
      `Charge ${id} has already been refunded.`,
      'charge_already_refunded',
      'charge',
    );
  const amount = requested ?? left;
  if (!Number.isInteger(amount) || amount < 1)
    throw new ControlError(
      400,
      'This value must be greater than or equal to 1.',
      undefined,
      'amount',
    );
  if (amount > left) {
    const currency = cols.currency[charge] ?? 0;
    throw new ControlError(
      400,
      `Refund amount (${money(amount, currency)}) is greater than unrefunded amount on charge (${money(left, currency)})`,
      undefined,
      'amount',
    );
  }
  return amount;
}

/** Refunds a charge (in full by default) and records `charge.refunded` and `refund.created`. */
export function refundCharge(
  rt: Runtime,
  account: Account,
  charge: number,
  input: RefundInput = {},
): number {
  const amount = refundableAmount(account, charge, input.amount);
  const already = account.charges.cols.amountRefunded[charge] ?? 0;
  const now = rt.clock.now();
  const reason = input.reason === undefined ? 0 : REFUND_REASONS.indexOf(input.reason);
  const row = recordRefund(account, charge, amount, now, reason);
  const ctx = rt.render();
  const previous = JSON.stringify({ amount_refunded: already, refunded: false });
  const events = rt.accounts.events;
  events.emit(account, 'charge.refunded', now, renderCharge(account, charge, ctx), previous);
  events.emit(account, 'refund.created', now, renderRefund(account, row, ctx));
  return row;
}
