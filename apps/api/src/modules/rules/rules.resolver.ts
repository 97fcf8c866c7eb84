import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { idArg } from '../../graphql/args.js';
import { callerOf, type GraphQLContext } from '../../graphql/context.js';
import { toRuleDefinition, toRuleView } from './rules.mapper.js';
import type { CategoryRuleService } from './rules.service.js';
import { CategoryRuleChange, CategoryRuleInput, CategoryRuleView } from './rules.types.js';

@Resolver()
export class CategoryRuleResolver {
  constructor(private readonly rules: CategoryRuleService) {}

  @Authorized()
  @Query(() => [CategoryRuleView], {
    description: 'The caller’s category rules, in the order they apply.',
  })
  async categoryRules(@Ctx() ctx: GraphQLContext): Promise<CategoryRuleView[]> {
    return (await this.rules.rulesFor(ctx.em, callerOf(ctx).userId)).map(toRuleView);
  }

  @Authorized()
  @Mutation(() => CategoryRuleChange, { description: 'Adds a rule (last) and re-categorizes.' })
  createCategoryRule(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CategoryRuleInput) input: CategoryRuleInput,
  ): Promise<CategoryRuleChange> {
    return this.change(ctx, (userId) => this.rules.create(ctx.em, userId, toRuleDefinition(input)));
  }

  @Authorized()
  @Mutation(() => CategoryRuleChange)
  updateCategoryRule(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CategoryRuleInput) input: CategoryRuleInput,
  ): Promise<CategoryRuleChange> {
    return this.change(ctx, (userId) =>
      this.rules.update(ctx.em, userId, idArg(id), toRuleDefinition(input)),
    );
  }

  @Authorized()
  @Mutation(() => CategoryRuleChange)
  deleteCategoryRule(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<CategoryRuleChange> {
    return this.change(ctx, (userId) => this.rules.remove(ctx.em, userId, idArg(id)));
  }

  @Authorized()
  @Mutation(() => CategoryRuleChange, { description: 'Sets the order of all the caller’s rules.' })
  reorderCategoryRules(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID]) ids: string[],
  ): Promise<CategoryRuleChange> {
    return this.change(ctx, (userId) =>
      this.rules.reorder(
        ctx.em,
        userId,
        ids.map((id) => idArg(id)),
      ),
    );
  }

  /** Runs one change of the caller's rules; answers the rules after it and how many moved. */
  private async change(
    ctx: GraphQLContext,
    apply: (userId: string) => Promise<number>,
  ): Promise<CategoryRuleChange> {
    const userId = callerOf(ctx).userId;
    const recategorizedCount = await apply(userId);
    const rules = (await this.rules.rulesFor(ctx.em, userId)).map(toRuleView);
    return Object.assign(new CategoryRuleChange(), { rules, recategorizedCount });
  }
}
