import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { toPublicError } from '../errors/masking.js';
import { currentRequestId } from '../http/request-scope.js';

/** Codes Apollo and graphql-js produce for a malformed request: the caller's fault. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The single mapping of errors to GraphQL responses: AppErrors keep their code and safe
 * message, request mistakes become BAD_USER_INPUT, everything else is masked and logged
 * with the request id.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = currentRequestId() ?? 'none';
    const original = unwrapResolverError(error);
    const base: GraphQLFormattedError = {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: { ...original.publicExtensions(), requestId },
      };
    }
    if (original instanceof ArgumentValidationError) {
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, requestId } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, requestId } };
    }
    logger.error({ err: original, requestId, path: formatted.path }, 'unexpected GraphQL error');
    const masked = toPublicError(original, requestId);
    return { ...base, message: masked.message, extensions: { code: masked.code, requestId } };
  };
}
