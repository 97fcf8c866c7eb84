import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

export enum ConnectionStatus {
  NOT_CONNECTED = 'NOT_CONNECTED',
  CONNECTED = 'CONNECTED',
  NEEDS_REAUTH = 'NEEDS_REAUTH',
  DISCONNECTED = 'DISCONNECTED',
}
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

/** A user's Stripe connection as the contract shows it: never a token. */
@ObjectType('StripeConnection')
export class StripeConnectionView {
  @Field(() => ConnectionStatus)
  status!: ConnectionStatus;

  @Field(() => String, { nullable: true, description: 'acct_…' })
  stripeAccountId!: string | null;

  @Field(() => Boolean, { nullable: true })
  livemode!: boolean | null;

  @Field(() => String, { nullable: true })
  scope!: string | null;

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

@ObjectType()
export class ConnectionTestResult {
  @Field(() => ConnectionTestOutcome)
  outcome!: ConnectionTestOutcome;

  @Field({ description: 'What the user can do about the outcome.' })
  message!: string;

  @Field(() => String, { nullable: true })
  stripeAccountId!: string | null;
}
