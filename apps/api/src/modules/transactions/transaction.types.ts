import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/page-info.js';
import { DateTimeScalar, JSONObjectScalar } from '../../graphql/scalars.js';

export enum CategorySource {
  METADATA = 'METADATA',
  RULE = 'RULE',
  DEFAULT = 'DEFAULT',
  MANUAL = 'MANUAL',
}
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
}

@ObjectType()
export class StripeTransactionEdge {
  @Field()
  cursor!: string;

  @Field(() => StripeTransactionView)
  node!: StripeTransactionView;
}

@ObjectType()
export class StripeTransactionConnection {
  @Field(() => [StripeTransactionEdge])
  edges!: StripeTransactionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
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
