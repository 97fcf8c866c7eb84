import { CategorySource, displayStatus, formatMinor, type StoredTransaction } from '@cora/core';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, type Connection } from '../../graphql/connection.js';
import { DateTimeScalar, JSONObjectScalar } from '../../graphql/scalars.js';

registerEnumType(CategorySource, { name: 'CategorySource' });

@ObjectType('StripeTransaction')
export class StripeTransactionView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'charge.id' })
  stripeTransactionId!: string;

  @Field({ description: 'Major units as a decimal string by the currency exponent.' })
  amount!: string;

  @Field(() => Int, { description: 'charge.amount as Stripe sent it' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217, upper case' })
  currency!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  receiptUrl!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => JSONObjectScalar)
  metadata!: Record<string, string>;

  @Field()
  category!: string;

  @Field(() => CategorySource)
  categorySource!: CategorySource;

  @Field(() => String, { nullable: true, description: 'The rule that chose the category.' })
  categoryRuleId!: string | null;

  @Field({ description: 'Stripe status: succeeded, refunded or partially refunded, disputed.' })
  status!: string;

  @Field({ description: 'Refunded part, as a decimal string in the same currency.' })
  amountRefunded!: string;

  @Field()
  refunded!: boolean;

  @Field()
  disputed!: boolean;

  @Field()
  livemode!: boolean;

  /** Not in the schema: the customer and the books' owner, for the learned model's guesses. */
  customerId!: string | null;
  ownerId!: string;
}

/** The contract's view of an imported charge of `ownerId`'s books, field by field; amounts formatted here only. */
export function toTransactionView(row: StoredTransaction, ownerId: string): StripeTransactionView {
  const view = new StripeTransactionView();
  view.ownerId = ownerId;
  view.customerId = row.customerId;
  view.id = row.id;
  view.stripeTransactionId = row.stripeId;
  view.amount = formatMinor(row.amountMinor, row.currency);
  view.amountMinor = row.amountMinor;
  view.currency = row.currency;
  view.description = row.description;
  view.receiptUrl = row.receiptUrl;
  view.createdAt = row.createdAt;
  view.metadata = row.metadata;
  view.category = row.category;
  view.categorySource = row.categorySource;
  view.categoryRuleId = row.categoryRuleId;
  view.status = displayStatus(row);
  view.amountRefunded = formatMinor(row.amountRefunded, row.currency);
  view.refunded = row.refunded;
  view.disputed = row.disputed;
  view.livemode = row.livemode;
  return view;
}

@InputType()
export class TransactionFilter {
  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => String, { nullable: true })
  currency?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'matches description' })
  search?: string | null;
}

export const StripeTransactionConnection = connectionOf(StripeTransactionView, 'StripeTransaction');
export type StripeTransactionConnection = Connection<StripeTransactionView>;
