import { Arg, Authorized, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { keysetArg, pageSizeArg, userIdArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { PayoutChangedEvent } from '../../pubsub/pubsub.js';
import type { AuditService } from '../support/audit.service.js';
import { parseBalanceEntryFilter, periodArg } from './books-args.js';
import type { BooksService } from './books.service.js';
import {
  BalanceEntryFilter,
  PayoutView,
  SettlementTotalsView,
  StripeBalanceEntryConnection,
  StripePayoutConnection,
} from './books.types.js';

/** The caller's books (and, for support staff, any user's, audit-logged). */
@Resolver()
export class BooksResolver {
  constructor(
    private readonly books: BooksService,
    private readonly audits: AuditService,
  ) {}

  @Authorized()
  @Query(() => StripeBalanceEntryConnection, { description: 'Newest first.' })
  stripeBalanceEntries(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => BalanceEntryFilter, { nullable: true }) filter: BalanceEntryFilter | null,
  ): Promise<StripeBalanceEntryConnection> {
    return this.books.entries(ctx.em, callerOf(ctx).userId, {
      first: pageSizeArg(first, 50),
      after: keysetArg(after),
      filter: parseBalanceEntryFilter(filter),
    });
  }

  @Authorized()
  @Query(() => StripePayoutConnection, { description: 'Newest first.' })
  stripePayouts(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<StripePayoutConnection> {
    return this.books.payouts(ctx.em, callerOf(ctx).userId, {
      first: pageSizeArg(first, 20),
      after: keysetArg(after),
    });
  }

  @Authorized()
  @Query(() => [SettlementTotalsView], {
    description: 'Per settlement currency, entries created in [from, to].',
  })
  stripeSettlement(
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to: Date | null,
  ): Promise<SettlementTotalsView[]> {
    return this.books.settlement(ctx.em, callerOf(ctx).userId, periodArg(from, to));
  }

  @Authorized('support')
  @Query(() => StripeBalanceEntryConnection)
  async supportBalanceEntries(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => BalanceEntryFilter, { nullable: true }) filter: BalanceEntryFilter | null,
  ): Promise<StripeBalanceEntryConnection> {
    const userId = userIdArg(rawUserId);
    const page = {
      first: pageSizeArg(first, 50),
      after: keysetArg(after),
      filter: parseBalanceEntryFilter(filter),
    };
    await this.audits.record(ctx.em, callerOf(ctx), 'read_balance_entries', userId);
    return this.books.entries(ctx.em, userId, page);
  }

  @Authorized('support')
  @Query(() => StripePayoutConnection)
  async supportPayouts(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<StripePayoutConnection> {
    const userId = userIdArg(rawUserId);
    const page = { first: pageSizeArg(first, 20), after: keysetArg(after) };
    await this.audits.record(ctx.em, callerOf(ctx), 'read_payouts', userId);
    return this.books.payouts(ctx.em, userId, page);
  }

  @Authorized('support')
  @Query(() => [SettlementTotalsView])
  async supportSettlement(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to: Date | null,
  ): Promise<SettlementTotalsView[]> {
    const userId = userIdArg(rawUserId);
    const period = periodArg(from, to);
    await this.audits.record(ctx.em, callerOf(ctx), 'read_settlement', userId);
    return this.books.settlement(ctx.em, userId, period);
  }

  @Authorized()
  @Subscription(() => PayoutView, {
    description: 'The caller’s payouts as webhooks create or change them, live.',
    topics: 'PAYOUT_CHANGED',
    filter: ({ payload, context }: { payload: PayoutChangedEvent; context: GraphQLContext }) =>
      payload.userId === callerOf(context).userId,
  })
  stripePayoutChanged(
    @Root() event: PayoutChangedEvent,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PayoutView> {
    return this.books.payout(ctx.em.fork(), event.userId, event.stripePayoutId);
  }
}
