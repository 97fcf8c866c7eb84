import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { idArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import { toRuleDefinition, toRuleView } from './rules.mapper.js';
import { CategoryRuleChange, CategoryRuleInput, CategoryRuleView } from './rules.types.js';

@Resolver()
export class CategoryRuleResolver {
  @Authorized()
  @Query(() => [CategoryRuleView], {
    description: 'The caller’s category rules, in the order they apply.',
  })
  async categoryRules(@Ctx() ctx: GraphQLContext): Promise<CategoryRuleView[]> {
    return (await ctx.services.rules.rulesFor(ctx.em, callerOf(ctx).userId)).map(toRuleView);
  }

  @Authorized()
  @Mutation(() => CategoryRuleChange, { description: 'Adds a rule (last) and re-categorizes.' })
  createCategoryRule(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CategoryRuleInput) input: CategoryRuleInput,
  ): Promise<CategoryRuleChange> {
    const userId = callerOf(ctx).userId;
    return this.change(
      ctx,
      userId,
      ctx.services.rules.create(ctx.em, userId, toRuleDefinition(input)),
    );
  }

  @Authorized()
  @Mutation(() => CategoryRuleChange)
  updateCategoryRule(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CategoryRuleInput) input: CategoryRuleInput,
  ): Promise<CategoryRuleChange> {
    const userId = callerOf(ctx).userId;
    return this.change(
      ctx,
      userId,
      ctx.services.rules.update(ctx.em, userId, idArg(id), toRuleDefinition(input)),
    );
  }

  @Authorized()
  @Mutation(() => CategoryRuleChange)
  deleteCategoryRule(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<CategoryRuleChange> {
    const userId = callerOf(ctx).userId;
    return this.change(ctx, userId, ctx.services.rules.remove(ctx.em, userId, idArg(id)));
  }

  @Authorized()
  @Mutation(() => CategoryRuleChange, { description: 'Sets the order of all the caller’s rules.' })
  reorderCategoryRules(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID]) ids: string[],
  ): Promise<CategoryRuleChange> {
    const userId = callerOf(ctx).userId;
    return this.change(
      ctx,
      userId,
      ctx.services.rules.reorder(
        ctx.em,
        userId,
        ids.map((id) => idArg(id)),
      ),
    );
  }

  private async change(
    ctx: GraphQLContext,
    userId: string,
    changed: Promise<number>,
  ): Promise<CategoryRuleChange> {
    const recategorizedCount = await changed;
    const rules = (await ctx.services.rules.rulesFor(ctx.em, userId)).map(toRuleView);
    return Object.assign(new CategoryRuleChange(), { rules, recategorizedCount });
  }
}
