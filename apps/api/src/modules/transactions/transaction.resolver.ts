import { filter, pipe } from '@graphql-yoga/subscription';
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
import type { TransactionChangedEvent } from '../../app/pubsub.js';
import { idArg, pageSizeArg, textArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import { parseTransactionFilter } from './transaction-filter.js';
import {
  StripeTransactionConnection,
  StripeTransactionView,
  TransactionFilter,
} from './transaction.types.js';

@Resolver()
export class TransactionResolver {
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
    return ctx.services.sync.transactions(
      ctx.em,
      callerOf(ctx).userId,
      pageSizeArg(first, 50),
      after,
      parseTransactionFilter(filter),
    );
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
    return ctx.services.sync.setCategory(
      ctx.em,
      callerOf(ctx).userId,
      idArg(id),
      textArg(category, 'category', 191),
    );
  }

  @Authorized()
  @Subscription(() => StripeTransactionView, {
    description: 'The caller’s transactions as webhooks change them, live.',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext;
      const userId = callerOf(ctx).userId;
      return pipe(
        ctx.services.pubSub.subscribe('TRANSACTION_CHANGED'),
        filter((event: TransactionChangedEvent) => event.userId === userId),
      );
    },
  })
  async stripeTransactionChanged(
    @Root() event: TransactionChangedEvent,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StripeTransactionView> {
    return ctx.services.sync.transaction(ctx.em.fork(), event.userId, event.transactionId);
  }
}
