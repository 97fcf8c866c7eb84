import { maskKey } from '../util/secrets.js';

/** The `error` object of Stripe's API error responses. */
export interface StripeErrorBody {
  type: 'invalid_request_error' | 'api_error' | 'card_error' | 'idempotency_error';
  message: string;
  code?: string;
  param?: string;
  doc_url?: string;
}

/** A Stripe API error: HTTP status plus `{"error": {...}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body.message);
  }
}

/** An OAuth error as Connect answers it: `{"error": "...", "error_description": "..."}`. */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

function coded(status: number, code: string, message: string, param?: string): ApiError {
  return new ApiError(status, {
    type: 'invalid_request_error',
    code,
    message,
    ...(param === undefined ? {} : { param }),
    doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}`,
  });
}

const AUTH_HEADERS = { 'WWW-Authenticate': 'Basic realm="Stripe"' };

/** The errors the sandbox answers, worded as Stripe words them. */
export const stripeErrors = {
  noApiKey: (): ApiError =>
    new ApiError(
      401,
      {
        type: 'invalid_request_error',
        message:
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
      },
      AUTH_HEADERS,
    ),
  invalidApiKey: (key: string): ApiError =>
    new ApiError(
      401,
      { type: 'invalid_request_error', message: `Invalid API Key provided: ${maskKey(key)}` },
      AUTH_HEADERS,
    ),
  expiredApiKey: (key: string, revoked: boolean): ApiError => {
    const error = coded(
      401,
      'api_key_expired',
      `Expired API Key provided: ${maskKey(key)}.${revoked ? ' Platform access may have been revoked.' : ''}`,
    );
    return new ApiError(401, error.body, AUTH_HEADERS);
  },
  accountInvalid: (key: string, account: string): ApiError =>
    coded(
      403,
      'account_invalid',
      `The provided key '${maskKey(key)}' does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
    ),
  rateLimited: (): ApiError =>
    coded(
      429,
      'rate_limit',
      'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.',
    ),
  internal: (): ApiError =>
    new ApiError(500, {
      type: 'api_error',
      message: 'An unknown error occurred',
    }),
  noSuch: (objectName: string, id: string, param = 'id', status = 404): ApiError =>
    coded(status, 'resource_missing', `No such ${objectName}: '${id}'`, param),
  invalidParam: (message: string, param: string): ApiError =>
    new ApiError(400, { type: 'invalid_request_error', message, param }),
  /** A request Stripe refuses for the object's state, with its code where it has one. */
  refused: (message: string, code?: string, param?: string): ApiError =>
    code === undefined
      ? new ApiError(400, {
          type: 'invalid_request_error',
          message,
          ...(param === undefined ? {} : { param }),
        })
      : coded(400, code, message, param),
  idempotencyMismatch: (key: string): ApiError =>
    new ApiError(400, {
      type: 'idempotency_error',
      message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
    }),
  invalidVersion: (version: string): ApiError =>
    new ApiError(400, {
      type: 'invalid_request_error',
      message: `Invalid Stripe API version: ${version}`,
    }),
  unknownParam: (param: string): ApiError =>
    coded(400, 'parameter_unknown', `Received unknown parameter: ${param}`, param),
  notEmulated: (param: string): ApiError =>
    new ApiError(400, {
      type: 'invalid_request_error',
      message: `The Stripe sandbox does not emulate the parameter '${param}'.`,
      param,
    }),
  unrecognizedUrl: (method: string, path: string): ApiError =>
    new ApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    }),
};
