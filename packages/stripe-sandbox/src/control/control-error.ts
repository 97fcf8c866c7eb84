/** A refused control call: 400 for bad input, 404 for unknown objects, 409 for a state conflict. */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}
