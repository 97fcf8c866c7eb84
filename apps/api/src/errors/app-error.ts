/** Every error code the API answers with; mapped once to GraphQL `extensions.code` and HTTP. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  STRIPE_AUTH: 'STRIPE_AUTH',
  STRIPE_PERMISSION: 'STRIPE_PERMISSION',
  STRIPE_RATE_LIMITED: 'STRIPE_RATE_LIMITED',
  STRIPE_UNAVAILABLE: 'STRIPE_UNAVAILABLE',
  STRIPE_BAD_REQUEST: 'STRIPE_BAD_REQUEST',
  STRIPE_OAUTH: 'STRIPE_OAUTH',
  NOT_IMPLEMENTED: 'NOT_IMPLEMENTED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STRIPE_AUTH: 502,
  STRIPE_PERMISSION: 502,
  STRIPE_RATE_LIMITED: 503,
  STRIPE_UNAVAILABLE: 503,
  STRIPE_BAD_REQUEST: 502,
  STRIPE_OAUTH: 400,
  NOT_IMPLEMENTED: 501,
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * The one error type the API throws on purpose. `message` is safe to show a user:
 * it never holds a token, a secret or internal detail.
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  /** What a client may read besides the message (GraphQL `extensions`, request id aside). */
  publicExtensions(): Record<string, unknown> {
    return { code: this.code };
  }
}

export const unauthenticated = (message = 'Authentication required'): AppError =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Not allowed'): AppError =>
  new AppError(ErrorCode.FORBIDDEN, message);
export const badInput = (message: string): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, message);
export const notFound = (message = 'Not found'): AppError =>
  new AppError(ErrorCode.NOT_FOUND, message);
