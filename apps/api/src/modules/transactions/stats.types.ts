import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

/**
 * An exact sum in one currency and how many transactions it adds up. No field returns it,
 * so it stays out of the schema; its subclasses inherit its fields.
 */
@ObjectType()
abstract class CurrencyAmount {
  @Field()
  currency!: string;

  @Field()
  amount!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class CurrencyTotal extends CurrencyAmount {}

@ObjectType()
export class CategoryTotal extends CurrencyAmount {
  @Field()
  category!: string;
}

@ObjectType()
export class VolumePoint extends CurrencyAmount {
  @Field({ description: 'UTC day, YYYY-MM-DD' })
  date!: string;
}

@ObjectType()
export class SyncStats {
  @Field(() => Int)
  transactionCount!: number;

  @Field(() => [CurrencyTotal], { description: 'Per currency, never summed across currencies.' })
  totals!: CurrencyTotal[];

  @Field(() => [CategoryTotal])
  byCategory!: CategoryTotal[];

  @Field(() => Int)
  syncCount!: number;

  @Field(() => Int)
  failedSyncCount!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  lastSyncedAt!: Date | null;
}
