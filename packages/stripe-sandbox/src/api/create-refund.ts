import { ControlError } from '../control/control-error.js';
import { refundCharge, type RefundInput } from '../control/refund-operations.js';
import { stripeErrors } from '../http/errors.js';
import { json, type Exchange, type Reply } from '../http/exchange.js';
import { baseKey, type Query } from '../http/list-params.js';
import { renderRefund } from '../render/refund.js';
import type { Runtime } from '../runtime.js';
import type { Account } from '../store/account.js';
import { REFUND_REASONS } from '../store/ledger.js';
import { ids } from '../util/ids.js';
import { rowOf } from './resolve.js';

const ACCEPTED = new Set(['charge', 'payment_intent', 'amount', 'reason']);
/** Parameters Stripe knows for this call that the sandbox does not emulate. */
const NOT_EMULATED = new Set([
  'metadata',
  'expand',
  'instructions_email',
  'origin',
  'customer',
  'currency',
  'refund_application_fee',
  'reverse_transfer',
]);

function parseInput(form: Query): RefundInput {
  const amount = form.get('amount');
  if (amount !== undefined && !/^\d+$/.test(amount))
    throw stripeErrors.invalidParam(`Invalid integer: ${amount}`, 'amount');
  const reason = form.get('reason');
  if (reason !== undefined && !REFUND_REASONS.some((known) => known === reason))
    throw stripeErrors.invalidParam(
      `Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer`,
      'reason',
    );
  return {
    ...(amount === undefined ? {} : { amount: Number(amount) }),
    ...(reason === undefined ? {} : { reason: reason as NonNullable<RefundInput['reason']> }),
  };
}

function chargeOf(account: Account, form: Query): number {
  const charge = form.get('charge');
  const intent = form.get('payment_intent');
  if ((charge === undefined) === (intent === undefined))
    throw stripeErrors.invalidParam(
      'You must pass exactly one of the following parameters: charge, payment_intent.',
      charge === undefined ? 'charge' : 'payment_intent',
    );
  if (charge !== undefined)
    return rowOf(account, account.charges, ids.charge, 'charge', charge, 'charge');
  const id = intent ?? '';
  return rowOf(account, account.charges, ids.paymentIntent, 'payment_intent', id, 'payment_intent');
}

/**
 * `POST /v1/refunds`: refunds a charge (named by `charge` or `payment_intent`)
 * in full or by `amount`, with Stripe's refusals (`charge_disputed`,
 * `charge_already_refunded`, an amount beyond what is left). A repeated
 * `Idempotency-Key` answers the first reply again.
 */
export async function createRefund(
  exchange: Exchange,
  account: Account,
  rt: Runtime,
): Promise<Reply> {
  const form = await exchange.form();
  for (const key of form.keys()) {
    const base = baseKey(key);
    if (NOT_EMULATED.has(base)) throw stripeErrors.notEmulated(base);
    if (!ACCEPTED.has(base)) throw stripeErrors.unknownParam(key);
  }
  const key = exchange.header('idempotency-key');
  const params = JSON.stringify([...form].sort());
  const earlier = key === undefined ? undefined : account.idempotent.get(key);
  if (earlier !== undefined) {
    if (earlier.params !== params) throw stripeErrors.idempotencyMismatch(key ?? '');
    return json(200, earlier.body, { 'Idempotent-Replayed': 'true' });
  }
  const charge = chargeOf(account, form);
  let refund: number;
  try {
    refund = refundCharge(rt, account, charge, parseInput(form));
  } catch (error) {
    if (error instanceof ControlError)
      throw stripeErrors.refused(error.message, error.code, error.param);
    throw error;
  }
  const body = renderRefund(account, refund, rt.render());
  if (key !== undefined) account.idempotent.set(key, { params, body });
  return json(200, body);
}
