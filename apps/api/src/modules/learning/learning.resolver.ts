import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { userIdArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import type { AuditService } from '../support/audit.service.js';
import type { LearningService } from './learning.service.js';
import { CategoryLearning } from './learning.types.js';

/** The caller's learning setting and counts; support reads any user's. */
@Resolver()
export class LearningResolver {
  constructor(
    private readonly learning: LearningService,
    private readonly audits: AuditService,
  ) {}

  @Authorized()
  @Query(() => CategoryLearning, {
    description: 'Whether categories learn from the caller’s corrections, and how far.',
  })
  categoryLearning(@Ctx() ctx: GraphQLContext): Promise<CategoryLearning> {
    return this.learning.summary(ctx.em, callerOf(ctx).userId);
  }

  @Authorized()
  @Mutation(() => CategoryLearning, {
    description: 'Turns learning from corrections on or off; the books follow in the background.',
  })
  setCategoryLearning(
    @Ctx() ctx: GraphQLContext,
    @Arg('enabled', () => Boolean) enabled: boolean,
  ): Promise<CategoryLearning> {
    return this.learning.setEnabled(ctx.em, callerOf(ctx).userId, enabled);
  }

  @Authorized()
  @Mutation(() => CategoryLearning, {
    description: 'Learns the caller’s model again from their recorded corrections alone.',
  })
  rebuildCategoryModel(@Ctx() ctx: GraphQLContext): Promise<CategoryLearning> {
    return this.learning.rebuild(ctx.em, callerOf(ctx).userId);
  }

  @Authorized('support')
  @Query(() => CategoryLearning, {
    description: 'A user’s learning: corrections learned from, transactions it categorized.',
  })
  async supportCategoryLearning(
    @Ctx() ctx: GraphQLContext,
    @Arg('userId', () => String) rawUserId: string,
  ): Promise<CategoryLearning> {
    const userId = userIdArg(rawUserId);
    await this.audits.record(ctx.em, callerOf(ctx), 'read_category_learning', userId, {});
    return this.learning.summary(ctx.em, userId);
  }
}
