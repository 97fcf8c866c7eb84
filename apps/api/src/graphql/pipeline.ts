import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type GraphQLFormattedError,
  type ValidationRule,
} from 'graphql';
import type { Logger } from 'pino';
import { createFormatError } from './format-error.js';
import { depthRule } from './limits.js';

/**
 * The protections every transport runs, declared once: Apollo over HTTP and graphql-ws over
 * the socket both take their validation rules and their error formatting from here, and both
 * call `assertAffordable` (`limits.ts`) before executing.
 */
export interface Pipeline {
  /** Added to graphql-js's specified rules. */
  validationRules: ValidationRule[];
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

// graphql-js appends ` Did you mean "a", "b" or "c"?` (or `… the enum value "X"?`).
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** A message without graphql-js's suggestions, which would name fields a caller may not use. */
export function stripSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

export function createPipeline(options: { production: boolean; logger: Logger }): Pipeline {
  const format = createFormatError(options.logger);
  return {
    validationRules: options.production
      ? [depthRule, NoSchemaIntrospectionCustomRule]
      : [depthRule],
    formatError: (formatted, error) => {
      const result = format(formatted, error);
      return options.production ? { ...result, message: stripSuggestions(result.message) } : result;
    },
  };
}

/** Marks graphql-js's parse and validation errors with the codes Apollo gives them over HTTP. */
export function asRequestError(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    extensions: { ...error.extensions, code },
  });
}
