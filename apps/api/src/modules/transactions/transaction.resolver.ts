import {
  Arg,
  Authorized,
  Ctx,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { TransactionChangedEvent } from '../../pubsub/pubsub.js';
import { idArg, keysetArg, pageSizeArg, textArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import { SyncStats, VolumePoint } from './stats.types.js';
import { parseTransactionFilter } from './transaction-filter.js';
import type { TransactionService } from './transaction.service.js';
import {
  StripeTransactionConnection,
  StripeTransactionView,
  TransactionFilter,
} from './transaction.types.js';

@Resolver()
export class TransactionResolver {
  constructor(private readonly transactions: TransactionService) {}

  @Authorized()
  @Query(() => StripeTransactionConnection, {
    description: 'Guide: GET /transactions. Newest first.',
  })
  stripeTransactions(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => TransactionFilter, { nullable: true }) filter: TransactionFilter | null,
  ): Promise<StripeTransactionConnection> {
    return this.transactions.list(ctx.em, callerOf(ctx).userId, {
      first: pageSizeArg(first, 50),
      after: keysetArg(after),
      filter: parseTransactionFilter(filter),
    });
  }

  @Authorized()
  @Mutation(() => StripeTransactionView, {
    description: 'Sets the category by hand (MANUAL): no sync overwrites it.',
  })
  setTransactionCategory(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('category', () => String) category: string,
  ): Promise<StripeTransactionView> {
    return this.transactions.setCategory(
      ctx.em,
      callerOf(ctx).userId,
      idArg(id),
      textArg(category, 'category', 191),
    );
  }

  @Authorized()
  @Query(() => SyncStats)
  stripeSyncStats(@Ctx() ctx: GraphQLContext): Promise<SyncStats> {
    return this.transactions.stats(ctx.em, callerOf(ctx).userId);
  }

  @Authorized()
  @Query(() => [VolumePoint], {
    description: 'Synced volume per UTC day and currency, oldest first.',
  })
  stripeVolumeSeries(
    @Ctx() ctx: GraphQLContext,
    @Arg('days', () => Int, { nullable: true, defaultValue: 30 }) days: number | null,
  ): Promise<VolumePoint[]> {
    return this.transactions.volumeSeries(ctx.em, callerOf(ctx).userId, days ?? 30);
  }

  @Authorized()
  @Subscription(() => StripeTransactionView, {
    description: 'The caller’s transactions as webhooks change them, live.',
    topics: 'TRANSACTION_CHANGED',
    filter: ({ payload, context }: { payload: TransactionChangedEvent; context: GraphQLContext }) =>
      payload.userId === callerOf(context).userId,
  })
  stripeTransactionChanged(
    @Root() event: TransactionChangedEvent,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StripeTransactionView> {
    return this.transactions.find(ctx.em.fork(), event.userId, event.transactionId);
  }
}
