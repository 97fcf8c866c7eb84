import { ConnectionStatus, storedStatus } from '@cora/core';
import { SyncTrigger } from '@cora/db';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { keysetArg, pageSizeArg, textArg, userIdArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import type { CategoryRuleService } from '../rules/rules.service.js';
import { CategoryRuleView } from '../rules/rules.types.js';
import { toRuleView } from '../rules/rules.mapper.js';
import { toSyncRunView } from '../sync/sync.mapper.js';
import type { SyncService } from '../sync/sync.service.js';
import { SyncRunConnection, SyncRunView } from '../sync/sync.types.js';
import { SyncStats, VolumePoint } from '../transactions/stats.types.js';
import { parseTransactionFilter } from '../transactions/transaction-filter.js';
import type { TransactionService } from '../transactions/transaction.service.js';
import {
  StripeTransactionConnection,
  TransactionFilter,
} from '../transactions/transaction.types.js';
import type { AuditService } from './audit.service.js';
import type { SupportService } from './support.service.js';
import {
  AuditEntryConnection,
  SupportConnection,
  SupportConnectionConnection,
} from './support.types.js';

/** Support staff's view of every user's integration; every call is audit-logged. */
@Resolver()
export class SupportResolver {
  constructor(
    private readonly support: SupportService,
    private readonly audits: AuditService,
    private readonly sync: SyncService,
    private readonly transactions: TransactionService,
    private readonly rules: CategoryRuleService,
  ) {}

  @Authorized('support')
  @Query(() => SupportConnectionConnection, {
    description: 'Errors first, then most recently active.',
  })
  async supportConnections(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('status', () => ConnectionStatus, { nullable: true }) status: ConnectionStatus | null,
  ): Promise<SupportConnectionConnection> {
    const options = {
      first: pageSizeArg(first, 20),
      after,
      search: search ? textArg(search, 'search', 191) : null,
      status: status === null ? null : storedStatus(status),
    };
    await this.audit(ctx, 'list_connections', '*', { search: options.search, status });
    return this.support.connections(ctx.em, options);
  }

  @Authorized('support')
  @Query(() => SupportConnection, { nullable: true })
  async supportConnection(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
  ): Promise<SupportConnection | null> {
    const userId = userIdArg(rawUserId);
    await this.audit(ctx, 'read_connection', userId);
    return this.support.connection(ctx.em, userId);
  }

  @Authorized('support')
  @Query(() => StripeTransactionConnection)
  async supportTransactions(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => TransactionFilter, { nullable: true }) filter: TransactionFilter | null,
  ): Promise<StripeTransactionConnection> {
    const userId = userIdArg(rawUserId);
    await this.audit(ctx, 'read_transactions', userId);
    return this.transactions.list(ctx.em, userId, {
      first: pageSizeArg(first, 50),
      after: keysetArg(after),
      filter: parseTransactionFilter(filter),
    });
  }

  @Authorized('support')
  @Query(() => SyncRunConnection)
  async supportSyncHistory(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SyncRunConnection> {
    const userId = userIdArg(rawUserId);
    await this.audit(ctx, 'read_sync_history', userId);
    return this.sync.history(ctx.em, userId, pageSizeArg(first, 20), keysetArg(after));
  }

  @Authorized('support')
  @Query(() => SyncStats)
  async supportSyncStats(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
  ): Promise<SyncStats> {
    const userId = userIdArg(rawUserId);
    await this.audit(ctx, 'read_sync_stats', userId);
    return this.transactions.stats(ctx.em, userId);
  }

  @Authorized('support')
  @Query(() => [VolumePoint])
  async supportVolumeSeries(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
    @Arg('days', () => Int, { nullable: true, defaultValue: 30 }) days: number | null,
  ): Promise<VolumePoint[]> {
    const userId = userIdArg(rawUserId);
    await this.audit(ctx, 'read_volume', userId);
    return this.transactions.volumeSeries(ctx.em, userId, days ?? 30);
  }

  @Authorized('support')
  @Query(() => [CategoryRuleView])
  async supportCategoryRules(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
  ): Promise<CategoryRuleView[]> {
    const userId = userIdArg(rawUserId);
    await this.audit(ctx, 'read_category_rules', userId);
    return (await this.rules.rulesFor(ctx.em, userId)).map(toRuleView);
  }

  @Authorized('support')
  @Query(() => AuditEntryConnection, {
    description: 'Support actions about one user, newest first.',
  })
  async supportAuditLog(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEntryConnection> {
    const userId = userIdArg(rawUserId);
    return this.support.auditLog(ctx.em, userId, pageSizeArg(first, 20), keysetArg(after));
  }

  @Authorized('support')
  @Mutation(() => SyncRunView, { description: 'Starts a SUPPORT sync of the user’s connection.' })
  async supportSyncConnection(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
    @Arg('full', () => Boolean, { nullable: true, defaultValue: false }) full: boolean | null,
  ): Promise<SyncRunView> {
    const userId = userIdArg(rawUserId);
    await this.audit(ctx, 'sync_connection', userId, { full });
    return toSyncRunView(await this.sync.start(ctx.em, userId, SyncTrigger.SUPPORT, full ?? false));
  }

  private audit(
    ctx: GraphQLContext,
    action: string,
    target: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audits.record(ctx.em, callerOf(ctx), action, target, details);
  }
}
