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
import { SyncTrigger } from '@cora/db';
import type { SyncProgressEvent } from '../../app/pubsub.js';
import { pageSizeArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import { toSyncRunView } from './sync.mapper.js';
import { progressStream } from './progress-stream.js';
import {
  SyncProgress,
  SyncRunConnection,
  SyncRunView,
  SyncStats,
  SyncStatus,
  VolumePoint,
} from './sync.types.js';

@Resolver()
export class SyncResolver {
  @Authorized()
  @Mutation(() => SyncRunView, {
    description:
      'Guide: POST /sync. Returns at once; progress by subscription. A running run is returned as is.',
  })
  async syncStripeTransactions(
    @Ctx() ctx: GraphQLContext,
    @Arg('full', () => Boolean, { nullable: true, defaultValue: false }) full: boolean | null,
  ): Promise<SyncRunView> {
    return toSyncRunView(
      await ctx.services.sync.start(
        ctx.em,
        callerOf(ctx).userId,
        SyncTrigger.MANUAL,
        full ?? false,
      ),
    );
  }

  @Authorized()
  @Query(() => SyncRunConnection, { description: 'Guide: GET /sync/history. Newest first.' })
  stripeSyncHistory(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SyncRunConnection> {
    return ctx.services.sync.history(ctx.em, callerOf(ctx).userId, pageSizeArg(first, 20), after);
  }

  @Authorized()
  @Query(() => SyncStats)
  stripeSyncStats(@Ctx() ctx: GraphQLContext): Promise<SyncStats> {
    return ctx.services.sync.stats(ctx.em, callerOf(ctx).userId);
  }

  @Authorized()
  @Query(() => [VolumePoint], {
    description: 'Synced volume per UTC day and currency, oldest first.',
  })
  stripeVolumeSeries(
    @Ctx() ctx: GraphQLContext,
    @Arg('days', () => Int, { nullable: true, defaultValue: 30 }) days: number | null,
  ): Promise<VolumePoint[]> {
    return ctx.services.sync.volumeSeries(ctx.em, callerOf(ctx).userId, days ?? 30);
  }

  @Authorized()
  @Subscription(() => SyncProgress, {
    description:
      'The caller’s own runs only; without runId, every run of the caller’s connection from now on.',
    subscribe: ({ args, context }) =>
      progressStream(context as GraphQLContext, (args as { runId?: string | null }).runId),
  })
  stripeSyncProgress(
    @Root() event: SyncProgressEvent,
    @Arg('runId', () => ID, { nullable: true }) _runId: string | null,
  ): SyncProgress {
    return Object.assign(new SyncProgress(), { ...event, status: event.status as SyncStatus });
  }
}
