import { ConnectionStatus } from '@cora/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

registerEnumType(ConnectionStatus, { name: 'ConnectionStatus' });

export enum ConnectionTestOutcome {
  OK = 'OK',
  AUTH = 'AUTH',
  PERMISSION = 'PERMISSION',
  UNAVAILABLE = 'UNAVAILABLE',
  NOT_CONNECTED = 'NOT_CONNECTED',
}
registerEnumType(ConnectionTestOutcome, {
  name: 'ConnectionTestOutcome',
  description: 'The result of testing a stored Stripe connection.',
});

/**
 * What users and support staff both see of a connection: never a token. No field returns
 * it, so it stays out of the schema; its subclasses inherit its fields.
 */
@ObjectType()
export abstract class ConnectionState {
  @Field(() => ConnectionStatus)
  status!: ConnectionStatus;

  @Field(() => String, { nullable: true, description: 'acct_…' })
  stripeAccountId!: string | null;

  @Field(() => Boolean, { nullable: true })
  livemode!: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true })
  connectedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lastSyncedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  nextSyncAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastErrorCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Safe for end users: never a token or secret.',
  })
  lastErrorMessage!: string | null;
}

/** A user's Stripe connection as the contract shows it. */
@ObjectType('StripeConnection')
export class StripeConnectionView extends ConnectionState {
  @Field(() => String, { nullable: true })
  scope!: string | null;
}

@ObjectType()
export class ConnectionTestResult {
  @Field(() => ConnectionTestOutcome)
  outcome!: ConnectionTestOutcome;

  @Field({ description: 'What the user can do about the outcome.' })
  message!: string;

  @Field(() => String, { nullable: true })
  stripeAccountId!: string | null;
}
