import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { StripeTransactionView } from '../transactions/transaction.types.js';
import type { LearningService, RowGuess } from './learning.service.js';
import { CategorySuggestionView } from './learning.types.js';

type Loader = DataLoader<StripeTransactionView, RowGuess>;

/**
 * A transaction's suggestion and, when LEARNED, its reasons: the rows of one response are
 * guessed with their owner's model, loaded once per owner.
 */
@Resolver(() => StripeTransactionView)
export class SuggestionResolver {
  // One batching loader per request or subscription; no cache, so a live update is fresh.
  private readonly loaders = new WeakMap<GraphQLContext, Loader>();

  constructor(private readonly learning: LearningService) {}

  private load(ctx: GraphQLContext, row: StripeTransactionView): Promise<RowGuess> {
    let loader = this.loaders.get(ctx);
    if (loader === undefined) {
      loader = new DataLoader(async (rows) => this.guess(ctx, rows), {
        cache: false,
        maxBatchSize: 500,
      });
      this.loaders.set(ctx, loader);
    }
    return loader.load(row);
  }

  private async guess(
    ctx: GraphQLContext,
    rows: readonly StripeTransactionView[],
  ): Promise<RowGuess[]> {
    const owners = [...new Set(rows.map((row) => row.ownerId))];
    const byOwner = new Map<string, RowGuess[]>();
    for (const owner of owners) {
      const own = rows.filter((row) => row.ownerId === owner);
      byOwner.set(owner, await this.learning.guesses(ctx.em, owner, own));
    }
    const cursor = new Map<string, number>();
    return rows.map((row) => {
      const index = cursor.get(row.ownerId) ?? 0;
      cursor.set(row.ownerId, index + 1);
      return byOwner.get(row.ownerId)?.[index] ?? { suggestion: null, learnedReasons: null };
    });
  }

  @FieldResolver(() => CategorySuggestionView, {
    nullable: true,
    description: 'The model’s guess when it differs from `category` (else null).',
  })
  async suggestion(
    @Root() row: StripeTransactionView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CategorySuggestionView | null> {
    const { suggestion } = await this.load(ctx, row);
    return suggestion === null ? null : Object.assign(new CategorySuggestionView(), suggestion);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: 'For a LEARNED category, the words or metadata that drove it (else null).',
  })
  async learnedReasons(
    @Root() row: StripeTransactionView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string[] | null> {
    return (await this.load(ctx, row)).learnedReasons;
  }
}
