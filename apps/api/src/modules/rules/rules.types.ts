import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CategoryRuleMatchType {
  DESCRIPTION_CONTAINS = 'DESCRIPTION_CONTAINS',
  DESCRIPTION_REGEX = 'DESCRIPTION_REGEX',
  METADATA_EQUALS = 'METADATA_EQUALS',
}
registerEnumType(CategoryRuleMatchType, { name: 'CategoryRuleMatchType' });

@ObjectType('CategoryRule')
export class CategoryRuleView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Lower runs first.' })
  priority!: number;

  @Field()
  category!: string;

  @Field(() => CategoryRuleMatchType)
  matchType!: CategoryRuleMatchType;

  @Field({ description: 'The substring, the regular expression (RE2) or the metadata value.' })
  pattern!: string;

  @Field(() => String, { nullable: true, description: 'The metadata key, for METADATA_EQUALS.' })
  metadataKey!: string | null;
}

@InputType()
export class CategoryRuleInput {
  @Field()
  category!: string;

  @Field(() => CategoryRuleMatchType)
  matchType!: CategoryRuleMatchType;

  @Field()
  pattern!: string;

  @Field(() => String, { nullable: true })
  metadataKey?: string | null;
}

@ObjectType()
export class CategoryRuleChange {
  @Field(() => [CategoryRuleView], { description: 'The user’s rules after the change, in order.' })
  rules!: CategoryRuleView[];

  @Field(() => Int, { description: 'How many transactions the change re-categorized.' })
  recategorizedCount!: number;
}
