import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import { toConnectionView } from './connection.mapper.js';
import type { ConnectionService } from './connection.service.js';
import { ConnectionTestResult, StripeConnectionView } from './connection.types.js';

@Resolver()
export class ConnectionResolver {
  constructor(private readonly connections: ConnectionService) {}

  @Authorized()
  @Query(() => String, { description: 'A fresh authorize URL (guide: GET /auth).' })
  stripeAuthorizeUrl(@Ctx() ctx: GraphQLContext): Promise<string> {
    return this.connections.authorizeUrl(ctx.em, callerOf(ctx).userId);
  }

  @Authorized()
  @Query(() => StripeConnectionView, {
    description: 'The caller’s connection (guide: GET /status).',
  })
  async stripeConnection(@Ctx() ctx: GraphQLContext): Promise<StripeConnectionView> {
    return toConnectionView(await this.connections.find(ctx.em, callerOf(ctx).userId));
  }

  @Authorized()
  @Mutation(() => StripeConnectionView, {
    description: 'Completes the OAuth flow for a frontend that handles the redirect itself.',
  })
  async completeStripeConnection(
    @Ctx() ctx: GraphQLContext,
    @Arg('code', () => String) code: string,
    @Arg('state', () => String) state: string,
  ): Promise<StripeConnectionView> {
    const connection = await this.connections.complete(ctx.em, {
      code,
      state,
      expectedUserId: callerOf(ctx).userId,
    });
    return toConnectionView(connection);
  }

  @Authorized()
  @Mutation(() => StripeConnectionView, {
    description: 'Guide: DELETE /disconnect. Books are kept.',
  })
  async disconnectStripe(@Ctx() ctx: GraphQLContext): Promise<StripeConnectionView> {
    return toConnectionView(await this.connections.disconnect(ctx.em, callerOf(ctx).userId));
  }

  @Authorized()
  @Mutation(() => ConnectionTestResult, {
    description: 'Checks the stored token and that charges can be read.',
  })
  testStripeConnection(@Ctx() ctx: GraphQLContext): Promise<ConnectionTestResult> {
    return this.connections.test(ctx.em, callerOf(ctx).userId);
  }
}
