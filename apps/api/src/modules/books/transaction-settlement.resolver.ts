import { formatMinor } from '@cora/core';
import type { ChargeSettlement } from '@cora/db';
import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { StripeTransactionView } from '../transactions/transaction.types.js';
import type { BooksService } from './books.service.js';

type Loader = DataLoader<string, ChargeSettlement | null>;

/**
 * A transaction's fee, net, settlement currency and rate, from its balance transaction in
 * the books: the transactions of one response are read in one query.
 */
@Resolver(() => StripeTransactionView)
export class TransactionSettlementResolver {
  // One batching loader per request or subscription; no cache, so a live update is fresh.
  private readonly loaders = new WeakMap<GraphQLContext, Loader>();

  constructor(private readonly books: BooksService) {}

  private load(ctx: GraphQLContext, id: string): Promise<ChargeSettlement | null> {
    let loader = this.loaders.get(ctx);
    if (loader === undefined) {
      loader = new DataLoader(
        async (ids) => {
          const found = await this.books.chargeSettlements(ctx.em, ids);
          return ids.map((key) => found.get(key) ?? null);
        },
        { cache: false, maxBatchSize: 500 },
      );
      this.loaders.set(ctx, loader);
    }
    return loader.load(id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Stripe’s fee on the charge, in settlementCurrency, once known.',
  })
  async fee(
    @Root() row: StripeTransactionView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    const settlement = await this.load(ctx, row.id);
    return settlement === null ? null : formatMinor(settlement.feeMinor, settlement.currency);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'amount − fee, in settlementCurrency.',
  })
  async net(
    @Root() row: StripeTransactionView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    const settlement = await this.load(ctx, row.id);
    return settlement === null ? null : formatMinor(settlement.netMinor, settlement.currency);
  }

  @FieldResolver(() => String, { nullable: true })
  async settlementCurrency(
    @Root() row: StripeTransactionView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    return (await this.load(ctx, row.id))?.currency ?? null;
  }

  @FieldResolver(() => Float, { nullable: true })
  async exchangeRate(
    @Root() row: StripeTransactionView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<number | null> {
    return (await this.load(ctx, row.id))?.exchangeRate ?? null;
  }
}
