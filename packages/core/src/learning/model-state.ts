import { z } from 'zod';

/** The version of {@link ModelState}'s shape; a stored state of another version is rebuilt from the corrections. */
export const MODEL_STATE_VERSION = 1;

const categoryState = z.strictObject({
  name: z.string().min(1).max(200),
  /** Weighted number of examples learned. */
  examples: z.number().nonnegative(),
  /** Weighted feature counts by hash bucket (decimal string keys, as JSON objects have). */
  counts: z.record(z.string().regex(/^\d+$/), z.number().positive()),
});

/** A model as JSON: only hashed buckets and weights, never a description's text. */
export const modelStateSchema = z.strictObject({
  version: z.literal(MODEL_STATE_VERSION),
  categories: z.array(categoryState),
});

/** A model as JSON (see {@link modelStateSchema}). */
export type ModelState = z.infer<typeof modelStateSchema>;

/** Thrown for a stored state that is not a {@link ModelState}. */
export class InvalidModelStateError extends Error {
  override readonly name = 'InvalidModelStateError';
}

/**
 * Validates raw JSON as a {@link ModelState}.
 * @throws InvalidModelStateError when the shape or the version is not this one.
 */
export function parseModelState(raw: unknown): ModelState {
  const result = modelStateSchema.safeParse(raw);
  if (!result.success)
    throw new InvalidModelStateError(`Invalid model state: ${result.error.message}`);
  return result.data;
}
