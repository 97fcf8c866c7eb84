import { SyncTrigger } from '@cora/db';
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
import type { SyncProgressEvent } from '../../pubsub/pubsub.js';
import { keysetArg, pageSizeArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import { toSyncRunView } from './sync.mapper.js';
import { progressStream } from './progress-stream.js';
import type { SyncService } from './sync.service.js';
import { SyncProgress, SyncRunConnection, SyncRunView, toSyncProgress } from './sync.types.js';

@Resolver()
export class SyncResolver {
  constructor(private readonly sync: SyncService) {}

  @Authorized()
  @Mutation(() => SyncRunView, {
    description:
      'Guide: POST /sync. Returns at once; progress by subscription. A running run is returned as is.',
  })
  async syncStripeTransactions(
    @Ctx() ctx: GraphQLContext,
    @Arg('full', () => Boolean, { nullable: true, defaultValue: false }) full: boolean | null,
  ): Promise<SyncRunView> {
    const userId = callerOf(ctx).userId;
    return toSyncRunView(await this.sync.start(ctx.em, userId, SyncTrigger.MANUAL, full ?? false));
  }

  @Authorized()
  @Query(() => SyncRunConnection, { description: 'Guide: GET /sync/history. Newest first.' })
  stripeSyncHistory(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SyncRunConnection> {
    return this.sync.history(
      ctx.em,
      callerOf(ctx).userId,
      pageSizeArg(first, 20),
      keysetArg(after),
    );
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
    return toSyncProgress(event);
  }
}
