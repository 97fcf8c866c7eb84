import Stripe from 'stripe';
import { AppError, ErrorCode } from '../../errors/app-error.js';

/** Stripe's answer classified for our error model; messages are safe to show a user. */
export function classifyStripeError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof Stripe.errors.StripeError)) {
    return new AppError(
      ErrorCode.INTERNAL,
      'An internal error interrupted the operation; it will be retried',
      {
        cause: error,
      },
    );
  }
  const status = error.statusCode ?? 0;
  if (error instanceof Stripe.errors.StripeAuthenticationError || status === 401) {
    return new AppError(
      ErrorCode.STRIPE_AUTH,
      'Stripe no longer accepts this connection; reconnect your Stripe account',
      { cause: error },
    );
  }
  if (error instanceof Stripe.errors.StripePermissionError || status === 403) {
    return new AppError(
      ErrorCode.STRIPE_PERMISSION,
      'The connected Stripe account does not allow reading charges; reconnect with read access',
      { cause: error },
    );
  }
  if (error instanceof Stripe.errors.StripeRateLimitError || status === 429) {
    return new AppError(
      ErrorCode.STRIPE_RATE_LIMITED,
      'Stripe is rate limiting requests; try again later',
      {
        cause: error,
      },
    );
  }
  if (error instanceof Stripe.errors.StripeConnectionError || status >= 500 || status === 0) {
    return new AppError(ErrorCode.STRIPE_UNAVAILABLE, 'Stripe is unavailable; try again later', {
      cause: error,
    });
  }
  return new AppError(ErrorCode.STRIPE_BAD_REQUEST, 'Stripe refused the request', { cause: error });
}

/** True for Stripe's 401: the token is wrong, revoked or expired. */
export function isStripeUnauthorized(error: unknown): boolean {
  return (
    error instanceof Stripe.errors.StripeAuthenticationError ||
    (error instanceof Stripe.errors.StripeError && error.statusCode === 401)
  );
}
