import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { maxDepthRule } from './depth-rule.js';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const MAX_QUERY_DEPTH = 8;
export const MAX_QUERY_COST = 5_000;

/** Rejects queries nested deeper than {@link MAX_QUERY_DEPTH}. */
export const depthRule: ValidationRule = maxDepthRule(MAX_QUERY_DEPTH);

/**
 * Rejects operations whose estimated cost exceeds {@link MAX_QUERY_COST}: each field costs
 * one, and list fields multiply by the page size they ask for (`first`).
 */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const cost = asUserInput(() =>
            getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(request.operationName ? { operationName: request.operationName } : {}),
              estimators: [
                fieldExtensionsEstimator(),
                ({ args, childComplexity }) => {
                  const first = typeof args['first'] === 'number' ? args['first'] : 1;
                  return 1 + childComplexity * Math.max(1, first);
                },
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            }),
          );
          if (cost > MAX_QUERY_COST) {
            throw new GraphQLError(`Query is too costly (${cost} > ${MAX_QUERY_COST})`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** Runs `read`; variables that do not coerce to their types are the caller's mistake. */
function asUserInput<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    // graphql-js's message names the variable and says why it is invalid.
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}
