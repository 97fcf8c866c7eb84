import { Arg, Authorized, Ctx, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SyncProgressEvent } from '../../pubsub/pubsub.js';
import { keysetArg, pageSizeArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { SyncProgress, SyncStatus, toSyncProgress } from '../sync/sync.types.js';
import type { AuditService } from '../support/audit.service.js';
import type { MonitoringService } from './monitoring.service.js';
import { Alert, SupportOverview, SupportSyncRunConnection } from './monitoring.types.js';

/** Monitoring for support staff: key metrics, alerts, every user's runs. Audit-logged. */
@Resolver()
export class MonitoringResolver {
  constructor(
    private readonly monitoring: MonitoringService,
    private readonly audit: AuditService,
  ) {}

  @Authorized('support')
  @Query(() => SupportOverview, {
    description: 'Sync success rate, volume, error rate and response time.',
  })
  async supportOverview(
    @Ctx() ctx: GraphQLContext,
    @Arg('days', () => Int, { nullable: true, defaultValue: 14 }) days: number | null,
  ): Promise<SupportOverview> {
    await this.audit.record(ctx.em, callerOf(ctx), 'read_overview', '*');
    return this.monitoring.overview(ctx.em, days ?? 14);
  }

  @Authorized('support')
  @Query(() => [Alert], {
    description: 'Firing alerts, newest first; resolved ones too when asked.',
  })
  async supportAlerts(
    @Ctx() ctx: GraphQLContext,
    @Arg('includeResolved', () => Boolean, { nullable: true, defaultValue: false })
    includeResolved: boolean | null,
  ): Promise<Alert[]> {
    await this.audit.record(ctx.em, callerOf(ctx), 'read_alerts', '*');
    return this.monitoring.alerts(ctx.em, includeResolved ?? false);
  }

  @Authorized('support')
  @Query(() => SupportSyncRunConnection, { description: 'Runs of every user, newest first.' })
  async supportSyncRuns(
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => SyncStatus, { nullable: true }) status: SyncStatus | null,
    @Arg('since', () => DateTimeScalar, { nullable: true }) since: Date | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SupportSyncRunConnection> {
    await this.audit.record(ctx.em, callerOf(ctx), 'list_sync_runs', '*', { status });
    return this.monitoring.runs(ctx.em, {
      status,
      since,
      first: pageSizeArg(first, 20),
      after: keysetArg(after),
    });
  }

  @Authorized('support')
  @Subscription(() => SyncProgress, {
    description: 'Support only: the progress of every run, from now on.',
    topics: 'SYNC_PROGRESS',
  })
  supportSyncProgress(@Root() event: SyncProgressEvent): SyncProgress {
    return toSyncProgress(event);
  }
}
