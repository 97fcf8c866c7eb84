import { z } from 'zod';
import { InvalidCurrencyError, normalizeCurrency } from '../money/currency.js';
import { describeIssues, type FieldIssue } from '../issues.js';

// The latest instant a JS Date can hold, in unix seconds.
const MAX_UNIX_SECONDS = 8_640_000_000_000;

const currency = z.string().transform((code, ctx) => {
  try {
    return normalizeCurrency(code);
  } catch (error) {
    if (!(error instanceof InvalidCurrencyError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
});

// Stripe sends an id, or the object itself when the field was expanded.
const expandableId = z
  .union([z.string().min(1), z.object({ id: z.string().min(1) })])
  .nullish()
  .transform((value) => (value == null ? null : typeof value === 'string' ? value : value.id));

/**
 * The narrow shape of a Stripe Charge that core reads (https://docs.stripe.com/api/charges/object).
 * `id`, `amount`, `currency` and `created` are required; the rest default to
 * "absent" values (null, `{}`, false, 0, status `"unknown"`). Unknown fields are dropped.
 */
export const stripeChargeSchema = z.object({
  id: z.string().min(1),
  object: z.literal('charge').optional(),
  amount: z.number().int(),
  currency,
  created: z.number().int().min(0).max(MAX_UNIX_SECONDS),
  description: z.string().nullable().default(null),
  receipt_url: z.string().nullable().default(null),
  metadata: z
    .record(z.string(), z.string())
    .nullish()
    .transform((value) => value ?? {}),
  status: z.string().min(1).default('unknown'),
  paid: z.boolean().default(false),
  refunded: z.boolean().default(false),
  amount_refunded: z.number().int().min(0).default(0),
  livemode: z.boolean().default(false),
  disputed: z.boolean().default(false),
  customer: expandableId,
  payment_intent: expandableId,
  balance_transaction: expandableId,
});

/** A charge after {@link parseStripeCharge}: currency upper-cased, optional fields filled in. */
export type StripeChargeInput = z.infer<typeof stripeChargeSchema>;

/** Thrown when raw JSON is not a usable Stripe charge; `field` is the dotted path of the first problem. */
export class ChargeParseError extends Error {
  override readonly name = 'ChargeParseError';

  constructor(
    readonly field: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [{ field, message }],
  ) {
    super(message);
  }
}

/**
 * Parses raw JSON (a Stripe API or webhook payload) into {@link StripeChargeInput}.
 * @throws ChargeParseError naming the offending field, e.g. `amount` or `metadata.category`.
 */
export function parseStripeCharge(raw: unknown): StripeChargeInput {
  const result = stripeChargeSchema.safeParse(raw);
  if (result.success) return result.data;
  const { issues, summary } = describeIssues(result.error, 'charge');
  throw new ChargeParseError(
    issues[0]?.field ?? 'charge',
    `Invalid Stripe charge: ${summary}`,
    issues,
  );
}
