/**
 * A refused control call: 400 for bad input, 404 for unknown objects, 409 for a
 * state conflict. `code` and `param` carry Stripe's error code and parameter
 * where Stripe refuses the same thing (a refund of a disputed charge:
 * `charge_disputed`), so the Stripe API can answer it in Stripe's words.
 */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }
}
