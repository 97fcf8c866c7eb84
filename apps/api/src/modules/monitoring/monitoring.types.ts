import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, type Connection } from '../../graphql/connection.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { SyncRunView } from '../sync/sync.types.js';

export enum AlertState {
  FIRING = 'FIRING',
  RESOLVED = 'RESOLVED',
}
registerEnumType(AlertState, { name: 'AlertState' });

@ObjectType()
export class Alert {
  @Field(() => ID)
  id!: string;

  @Field({
    description:
      'sync_error_rate, consecutive_failed_syncs, token_refresh_failure, stripe_rate_limit_usage',
  })
  rule!: string;

  @Field(() => AlertState)
  state!: AlertState;

  @Field()
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The user or Stripe account concerned; null when system-wide.',
  })
  target!: string | null;

  @Field(() => DateTimeScalar)
  firedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  resolvedAt!: Date | null;
}

@ObjectType()
export class OverviewPoint {
  @Field({ description: 'UTC day, YYYY-MM-DD' })
  date!: string;

  @Field(() => Int)
  succeededRuns!: number;

  @Field(() => Int)
  failedRuns!: number;

  @Field(() => Int)
  transactionsSynced!: number;

  @Field(() => Float, { description: 'Failed share of the day’s finished runs, 0..1.' })
  errorRate!: number;
}

@ObjectType()
export class SupportOverview {
  @Field(() => Float, { description: 'Succeeded share of finished runs over the window, 0..1.' })
  syncSuccessRate!: number;

  @Field(() => Int, { description: 'Transactions imported over the window.' })
  transactionsSynced!: number;

  @Field(() => Float, { description: 'Failed share of finished runs over the window, 0..1.' })
  errorRate!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean sync duration (response time), seconds.',
  })
  averageSyncSeconds!: number | null;

  @Field(() => Int)
  activeConnections!: number;

  @Field(() => [OverviewPoint], { description: 'One point per day of the window, oldest first.' })
  series!: OverviewPoint[];
}

@ObjectType()
export class SupportSyncRun {
  @Field(() => SyncRunView)
  run!: SyncRunView;

  @Field()
  userId!: string;

  @Field(() => String, { nullable: true })
  stripeAccountId!: string | null;
}

export const SupportSyncRunConnection = connectionOf(SupportSyncRun, 'SupportSyncRun');
export type SupportSyncRunConnection = Connection<SupportSyncRun>;
