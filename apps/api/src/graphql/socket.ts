import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { ServerOptions, SubscribePayload } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { Session } from '../auth/identity.js';
import { badInput, unauthenticated, type AppError } from '../errors/app-error.js';
import { requestIdFrom, runWithRequestId } from '../http/request-scope.js';
import type { GraphQLContext } from './context.js';
import { assertAffordable, MAX_OPERATIONS_PER_SOCKET } from './limits.js';
import { asRequestError, type Pipeline } from './pipeline.js';

/** graphql-ws closes a socket whose token expired with this code; the client signs in again. */
export const TOKEN_EXPIRED_CLOSE_CODE = 4401;

/** What one socket keeps: its caller, when the caller's token expires, its operations' ids. */
export interface SocketState {
  session?: Session;
  expiryTimer?: NodeJS.Timeout;
  requestIds?: Map<string, string>;
  /** Operations that passed the pipeline and have not ended. */
  accepted?: Set<string>;
  /** What each admitted operation gives back when it ends (its execution slot). */
  releases?: Map<string, () => void>;
}

/** Admission's answer for one operation: go ahead (and release when done), or the refusal. */
export type Admitted = { release: () => void } | { refused: AppError };

type Ctx = Parameters<
  NonNullable<ServerOptions<{ authorization?: unknown }, Extra & Partial<SocketState>>['onConnect']>
>[0];

export interface SocketPipelineOptions {
  schema: GraphQLSchema;
  pipeline: Pipeline;
  initTimeoutMs: number;
  /** The caller of an `Authorization` value, or why not. */
  authenticate: (authorization: string) => Promise<Session>;
  /** A fresh context for one operation. */
  context: (requestId: string, session: Session) => GraphQLContext;
  /**
   * The same admission as HTTP (rate limit per identity; for queries and mutations an execution
   * slot, held until they end; subscriptions hold none while they stay open).
   */
  admit?: (session: Session, address: string | undefined, holdsSlot: boolean) => Promise<Admitted>;
  onAccepted?: () => void;
  onEnded?: () => void;
}

// Node's timers hold at most 2^31-1 ms; a longer-lived token re-arms the timer.
const MAX_TIMER_MS = 2 ** 31 - 1;

function closeAtExpiry(ctx: Ctx, expiresAt: number): void {
  const delay = expiresAt - Date.now();
  ctx.extra.expiryTimer = setTimeout(
    () => {
      if (Date.now() < expiresAt) closeAtExpiry(ctx, expiresAt);
      else ctx.extra.socket.close(TOKEN_EXPIRED_CLOSE_CODE, 'Token expired');
    },
    Math.max(0, Math.min(delay, MAX_TIMER_MS)),
  );
  ctx.extra.expiryTimer.unref();
}

/** Parses, validates and prices one socket operation exactly as Apollo does over HTTP. */
function prepare(
  options: SocketPipelineOptions,
  payload: SubscribePayload,
): DocumentNode | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return [asRequestError(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
  }
  const errors = validate(options.schema, document, [
    ...specifiedRules,
    ...options.pipeline.validationRules,
  ]);
  if (errors.length > 0)
    return errors.map((error) => asRequestError(error, 'GRAPHQL_VALIDATION_FAILED'));
  try {
    assertAffordable(options.schema, document, payload.variables ?? {}, payload.operationName);
  } catch (error) {
    return [error as GraphQLError];
  }
  return document;
}

/**
 * graphql-ws options that run the HTTP pipeline on the socket: the same validation rules, cost
 * limit and error formatting, an identity that ends with its token (close 4401), and at most
 * {@link MAX_OPERATIONS_PER_SOCKET} live operations per socket.
 */
export function socketPipeline(
  options: SocketPipelineOptions,
): ServerOptions<{ authorization?: unknown }, Extra & Partial<SocketState>> {
  const { pipeline } = options;
  // Errors without a path (refusals, a failing stream) carry the thrown value as originalError.
  const formatOne = (error: GraphQLError) =>
    pipeline.formatError(
      error.toJSON(),
      error.path === undefined && error.originalError ? error.originalError : error,
    );
  const formatAll = (
    ctx: Ctx,
    id: string,
    errors: readonly (GraphQLError | GraphQLFormattedError)[],
  ) =>
    runWithRequestId(ctx.extra.requestIds?.get(id) ?? requestIdFrom(undefined), () =>
      errors.map((error) =>
        error instanceof GraphQLError ? formatOne(error) : pipeline.formatError(error, error),
      ),
    );
  const end = (ctx: Ctx, id: string) => {
    ctx.extra.requestIds?.delete(id);
    ctx.extra.releases?.get(id)?.();
    ctx.extra.releases?.delete(id);
    if (ctx.extra.accepted?.delete(id)) options.onEnded?.();
  };
  const refuse = (error: AppError) => [new GraphQLError(error.message, { originalError: error })];

  return {
    schema: options.schema,
    connectionInitWaitTimeout: options.initTimeoutMs,
    onConnect: async (ctx) => {
      const header = ctx.connectionParams?.authorization;
      if (typeof header !== 'string' || header === '') return false;
      try {
        ctx.extra.session = await options.authenticate(header);
      } catch {
        return false;
      }
      ctx.extra.requestIds = new Map();
      ctx.extra.accepted = new Set();
      ctx.extra.releases = new Map();
      if (ctx.extra.session.expiresAt !== null) closeAtExpiry(ctx, ctx.extra.session.expiresAt);
      return true;
    },
    onClose: (ctx) => {
      clearTimeout(ctx.extra.expiryTimer);
    },
    onSubscribe: async (ctx, id, payload) => {
      const requestId = requestIdFrom(undefined);
      ctx.extra.requestIds?.set(id, requestId);
      const session = ctx.extra.session;
      if (session === undefined) return refuse(unauthenticated());
      if (session.expiresAt !== null && Date.now() >= session.expiresAt) {
        ctx.extra.socket.close(TOKEN_EXPIRED_CLOSE_CODE, 'Token expired');
        return refuse(unauthenticated('Token expired'));
      }
      // graphql-ws has already registered this operation's id.
      if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_SOCKET) {
        return refuse(
          badInput(`Too many operations on this connection (at most ${MAX_OPERATIONS_PER_SOCKET})`),
        );
      }
      const prepared = prepare(options, payload);
      if (Array.isArray(prepared)) return prepared;
      if (options.admit !== undefined) {
        const operation = getOperationAST(prepared, payload.operationName)?.operation;
        const admitted = await options.admit(
          session,
          ctx.extra.request.socket.remoteAddress,
          operation !== 'subscription',
        );
        if ('refused' in admitted) return refuse(admitted.refused);
        ctx.extra.releases?.set(id, admitted.release);
      }
      ctx.extra.accepted?.add(id);
      options.onAccepted?.();
      const args: ExecutionArgs = {
        schema: options.schema,
        document: prepared,
        variableValues: payload.variables ?? null,
        operationName: payload.operationName ?? null,
        contextValue: options.context(requestId, session),
      };
      return args;
    },
    onNext: (ctx, id, _payload, _args, result) => {
      const errors = result.errors;
      if (errors === undefined || errors.length === 0) return undefined;
      const { data, extensions } = result;
      return {
        ...(data === undefined ? {} : { data }),
        ...(extensions === undefined ? {} : { extensions }),
        errors: formatAll(ctx, id, errors),
      };
    },
    onError: (ctx, id, _payload, errors) => {
      const formatted = formatAll(ctx, id, errors);
      end(ctx, id);
      return formatted;
    },
    onComplete: (ctx, id) => {
      end(ctx, id);
    },
  };
}
