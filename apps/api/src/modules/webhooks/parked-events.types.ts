import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

/** A webhook event whose attempts ran out, as support staff see it (no payload). */
@ObjectType()
export class ParkedWebhookEvent {
  @Field(() => ID, { description: 'Stripe’s event id (evt_…).' })
  eventId!: string;

  @Field()
  type!: string;

  @Field(() => DateTimeScalar)
  receivedAt!: Date;

  @Field(() => DateTimeScalar)
  parkedAt!: Date;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;
}
