import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { textArg, userIdArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import type { AuditService } from '../support/audit.service.js';
import type { ParkedEventsService } from './parked-events.service.js';
import { ParkedWebhookEvent } from './parked-events.types.js';

/** Support's view of webhook events that failed every attempt; audit-logged. */
@Resolver()
export class ParkedEventsResolver {
  constructor(
    private readonly parked: ParkedEventsService,
    private readonly audits: AuditService,
  ) {}

  @Authorized('support')
  @Query(() => [ParkedWebhookEvent], {
    description: 'Webhook events of the user’s connection parked after their last attempt.',
  })
  async supportParkedWebhookEvents(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) userIdText: string,
  ): Promise<ParkedWebhookEvent[]> {
    const userId = userIdArg(userIdText);
    await this.audits.record(ctx.em, callerOf(ctx), 'read_parked_webhook_events', userId);
    return this.parked.list(ctx.em, userId);
  }

  @Authorized('support')
  @Mutation(() => Boolean, {
    description: 'Gives a parked webhook event a new round of attempts.',
  })
  async supportRetryWebhookEvent(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) userIdText: string,
    @Arg('eventId', () => String) eventId: string,
  ): Promise<boolean> {
    const userId = userIdArg(userIdText);
    const id = textArg(eventId, 'eventId', 191);
    await this.audits.record(ctx.em, callerOf(ctx), 'retry_webhook_event', userId, {
      eventId: id,
    });
    return this.parked.retry(ctx.em, userId, id);
  }
}
