import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed form of the schema: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
