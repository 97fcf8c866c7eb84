import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('CategorySuggestion', {
  description: 'The learned model’s guess for a transaction.',
})
export class CategorySuggestionView {
  @Field()
  category!: string;

  @Field(() => Float, { description: '0..1' })
  confidence!: number;

  @Field(() => [String], {
    description: 'The words or metadata that drove it, most important first.',
  })
  reasons!: string[];
}

@ObjectType({ description: 'A user’s categorization that learns from their corrections.' })
export class CategoryLearning {
  @Field({
    description: 'False when the user turned learning off: nothing is categorized LEARNED.',
  })
  enabled!: boolean;

  @Field(() => Int, { description: 'Corrections (categories set by hand) the model learned from.' })
  corrections!: number;

  @Field(() => Int, { description: 'Transactions the model categorized (LEARNED).' })
  categorizedCount!: number;

  @Field(() => Float, { description: 'The confidence at which a guess becomes the category.' })
  threshold!: number;
}
