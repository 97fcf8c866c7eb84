import { formatMinor, type SettlementTotalsMinor } from '@cora/core';
import type { BookEntry, ReconciledPayout } from '@cora/db';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf, type Connection } from '../../graphql/connection.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType('StripeBalanceEntry', {
  description: 'One movement of the Stripe balance (a Stripe balance transaction).',
})
export class BalanceEntryView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'txn_…' })
  stripeBalanceTransactionId!: string;

  @Field({
    description: 'Stripe’s balance transaction type: charge, refund, adjustment, payout, …',
  })
  type!: string;

  @Field({ description: 'Stripe’s reporting_category: charge, refund, dispute, payout, fee, …' })
  reportingCategory!: string;

  @Field({ description: 'Gross, signed as it moves the balance, in `currency`.' })
  amount!: string;

  @Field({ description: 'What Stripe kept on it (≥ 0).' })
  fee!: string;

  @Field({ description: 'amount − fee' })
  net!: string;

  @Field({ description: 'The settlement currency, upper case.' })
  currency!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Set when the source was in another currency.',
  })
  exchangeRate!: number | null;

  @Field(() => String, { nullable: true, description: 'ch_…, re_…, dp_…, po_…' })
  sourceId!: string | null;

  @Field(() => String, { nullable: true })
  chargeId!: string | null;

  @Field(() => String, { nullable: true, description: 'The automatic payout that settled it.' })
  payoutId!: string | null;

  @Field({ description: 'pending | available' })
  status!: string;

  @Field(() => DateTimeScalar)
  availableOn!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field({ description: 'The bookkeeping category (a sale keeps its charge’s category).' })
  category!: string;
}

/** The contract's view of a balance entry; amounts formatted here only. */
export function toBalanceEntryView(row: BookEntry): BalanceEntryView {
  return Object.assign(new BalanceEntryView(), {
    id: row.id,
    stripeBalanceTransactionId: row.stripeId,
    type: row.type,
    reportingCategory: row.reportingCategory,
    amount: formatMinor(row.amountMinor, row.currency),
    fee: formatMinor(row.feeMinor, row.currency),
    net: formatMinor(row.netMinor, row.currency),
    currency: row.currency,
    exchangeRate: row.exchangeRate,
    sourceId: row.sourceId,
    chargeId: row.chargeId,
    payoutId: row.payoutId,
    // Stripe makes funds available on `available_on`; the books need no event to know it.
    status:
      row.status === 'pending' && row.availableOn.getTime() <= Date.now()
        ? 'available'
        : row.status,
    availableOn: row.availableOn,
    createdAt: row.createdAt,
    category: row.category,
  });
}

@ObjectType('StripePayout')
export class PayoutView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'po_…' })
  stripePayoutId!: string;

  @Field({ description: 'Positive: what reaches the bank.' })
  amount!: string;

  @Field()
  currency!: string;

  @Field({ description: 'Stripe’s: paid, pending, in_transit, canceled, failed' })
  status!: string;

  @Field(() => DateTimeScalar)
  arrivalDate!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => Int, { description: 'Entries it settled (its own entry excluded).' })
  entryCount!: number;

  @Field({ description: 'Sum of those entries’ amount.' })
  gross!: string;

  @Field({ description: 'Sum of their fee.' })
  fees!: string;

  @Field({ description: 'Sum of their net.' })
  net!: string;

  @Field({ description: 'net == amount' })
  reconciled!: boolean;

  @Field({ description: 'amount − net ("0.00" when reconciled)' })
  difference!: string;
}

/** The contract's view of a payout with its reconciliation. */
export function toPayoutView(row: ReconciledPayout): PayoutView {
  return Object.assign(new PayoutView(), {
    id: row.id,
    stripePayoutId: row.stripeId,
    amount: formatMinor(row.amountMinor, row.currency),
    currency: row.currency,
    status: row.status,
    arrivalDate: row.arrivalDate,
    createdAt: row.createdAt,
    entryCount: row.entryCount,
    gross: formatMinor(row.grossMinor, row.currency),
    fees: formatMinor(row.feesMinor, row.currency),
    net: formatMinor(row.netMinor, row.currency),
    reconciled: row.reconciled,
    difference: formatMinor(row.differenceMinor, row.currency),
  });
}

@ObjectType('SettlementTotals', {
  description: 'One settlement currency over a period, by entry createdAt.',
})
export class SettlementTotalsView {
  @Field()
  currency!: string;

  @Field({ description: 'Gross of charge/payment entries.' })
  charges!: string;

  @Field({ description: '≤ 0' })
  refunds!: string;

  @Field({ description: '≤ 0: disputes lost, with their reversals won back.' })
  disputes!: string;

  @Field({ description: '≥ 0: every entry’s fee, plus stripe_fee entries.' })
  fees!: string;

  @Field({ description: 'Anything else except payouts.' })
  other!: string;

  @Field({ description: 'charges + refunds + disputes + other − fees' })
  net!: string;

  @Field({ description: '≥ 0: what payouts created in the period took.' })
  paidOut!: string;
}

/** The contract's view of one currency's settlement totals. */
export function toSettlementView(totals: SettlementTotalsMinor): SettlementTotalsView {
  const money = (minor: bigint): string => formatMinor(minor, totals.currency);
  return Object.assign(new SettlementTotalsView(), {
    currency: totals.currency,
    charges: money(totals.charges),
    refunds: money(totals.refunds),
    disputes: money(totals.disputes),
    fees: money(totals.fees),
    other: money(totals.other),
    net: money(totals.net),
    paidOut: money(totals.paidOut),
  });
}

@InputType()
export class BalanceEntryFilter {
  @Field(() => String, { nullable: true })
  type?: string | null;

  @Field(() => String, { nullable: true })
  reportingCategory?: string | null;

  @Field(() => String, { nullable: true })
  payoutId?: string | null;

  @Field(() => String, { nullable: true })
  chargeId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  to?: Date | null;
}

export const StripeBalanceEntryConnection = connectionOf(BalanceEntryView, 'StripeBalanceEntry');
export type StripeBalanceEntryConnection = Connection<BalanceEntryView>;
export const StripePayoutConnection = connectionOf(PayoutView, 'StripePayout');
export type StripePayoutConnection = Connection<PayoutView>;
