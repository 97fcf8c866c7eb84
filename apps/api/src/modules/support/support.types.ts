import { Field, ID, ObjectType } from 'type-graphql';
import { connectionOf, type Connection } from '../../graphql/connection.js';
import { DateTimeScalar, JSONObjectScalar } from '../../graphql/scalars.js';
import { ConnectionState } from '../stripe-connection/connection.types.js';

/** A user's connection as support staff see it: the user id and error time too, never tokens. */
@ObjectType()
export class SupportConnection extends ConnectionState {
  @Field(() => ID)
  id!: string;

  @Field()
  userId!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  lastErrorAt!: Date | null;
}

@ObjectType()
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  actorId!: string;

  @Field()
  actorRole!: string;

  @Field()
  action!: string;

  @Field()
  target!: string;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => JSONObjectScalar)
  details!: Record<string, unknown>;
}

export const SupportConnectionConnection = connectionOf(SupportConnection, 'SupportConnection');
export type SupportConnectionConnection = Connection<SupportConnection>;

export const AuditEntryConnection = connectionOf(AuditEntry, 'AuditEntry');
export type AuditEntryConnection = Connection<AuditEntry>;
