import { SyncStatus, SyncTrigger } from '@cora/db';
import type { SyncProgressEvent } from '../../pubsub/pubsub.js';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, type Connection } from '../../graphql/connection.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

// The stored values are the contract's: one enum each, shared with the database layer.
registerEnumType(SyncStatus, { name: 'SyncStatus' });
registerEnumType(SyncTrigger, { name: 'SyncTrigger' });

export { SyncStatus, SyncTrigger };

/**
 * What a run has done so far: shared by the history row and the live progress event. No
 * field returns it, so it stays out of the schema; its subclasses inherit its fields.
 */
@ObjectType()
abstract class RunCounts {
  @Field(() => SyncStatus)
  status!: SyncStatus;

  @Field(() => Int)
  pagesFetched!: number;

  @Field(() => Int)
  fetchedCount!: number;

  @Field(() => Int)
  insertedCount!: number;

  @Field(() => Int)
  updatedCount!: number;

  @Field(() => String, { nullable: true })
  errorCode!: string | null;

  @Field(() => String, { nullable: true })
  errorMessage!: string | null;
}

@ObjectType('SyncRun')
export class SyncRunView extends RunCounts {
  @Field(() => ID)
  id!: string;

  @Field(() => SyncTrigger)
  trigger!: SyncTrigger;

  @Field()
  full!: boolean;

  @Field(() => DateTimeScalar)
  startedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Int, { description: 'Charges that did not succeed, not imported.' })
  skippedCount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why the run did what it did, e.g. a full import instead of an incremental one.',
  })
  note!: string | null;
}

@ObjectType()
export class SyncProgress extends RunCounts {
  @Field(() => ID)
  runId!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Charges fetched per second so far; null until a page is in. Stripe gives no total for a list, so none is promised.',
  })
  chargesPerSecond!: number | null;

  @Field()
  done!: boolean;
}

/** A published progress event as the contract's `SyncProgress`. */
export function toSyncProgress(event: SyncProgressEvent): SyncProgress {
  return Object.assign(new SyncProgress(), event);
}

export const SyncRunConnection = connectionOf(SyncRunView, 'SyncRun');
export type SyncRunConnection = Connection<SyncRunView>;
