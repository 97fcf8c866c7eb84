import { z } from 'zod';
import { badInput } from '../errors/app-error.js';

const one = z.preprocess(
  (value: unknown) => (Array.isArray(value) ? (value as unknown[])[0] : value),
  z.string().optional(),
);
const date = one
  .pipe(z.iso.datetime({ offset: true }).optional())
  .transform((v) => (v ? new Date(v) : null));

const listQuerySchema = z.object({
  first: one
    .pipe(
      z
        .string()
        .regex(/^\d{1,4}$/)
        .optional(),
    )
    .transform((v) => (v === undefined ? null : Number(v))),
  after: one.transform((v) => v ?? null),
  category: one.transform((v) => v ?? null),
  currency: one.transform((v) => v ?? null),
  search: one.transform((v) => v ?? null),
  from: date,
  to: date,
});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** The REST list routes' query string: `first`, `after` and the transaction filters. */
export function parseListQuery(query: unknown): ListQuery {
  const parsed = listQuerySchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(
      `Invalid query parameter ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
