import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { operationCost } from './cost.js';
import { maxDepthRule } from './depth-rule.js';

export const MAX_QUERY_DEPTH = 8;
export const MAX_QUERY_COST = 5_000;
/** Live operations (subscriptions included) one WebSocket may hold; the next is refused. */
export const MAX_OPERATIONS_PER_SOCKET = 100;
/** The largest GraphQL request body or WebSocket message, like the HTTP body limit. */
export const MAX_MESSAGE_BYTES = 100 * 1024;

/** Rejects queries nested deeper than {@link MAX_QUERY_DEPTH}. */
export const depthRule: ValidationRule = maxDepthRule(MAX_QUERY_DEPTH);

/**
 * Throws BAD_USER_INPUT when the operation's estimated cost (`graphql/cost.ts`) exceeds
 * {@link MAX_QUERY_COST}; runs before execution on every transport.
 */
export function assertAffordable(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): void {
  const cost = asUserInput(() => operationCost(schema, document, variables, operationName));
  if (cost > MAX_QUERY_COST) {
    throw new GraphQLError(`Query is too costly (${cost} > ${MAX_QUERY_COST})`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

/** The cost limit on Apollo's HTTP path, once the operation is resolved. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          assertAffordable(schema, document, request.variables, request.operationName);
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
