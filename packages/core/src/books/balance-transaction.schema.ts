import { z } from 'zod';
import { InvalidCurrencyError, normalizeCurrency } from '../money/currency.js';
import { describeIssues, type FieldIssue } from '../issues.js';

// The latest instant a JS Date can hold, in unix seconds.
const MAX_UNIX_SECONDS = 8_640_000_000_000;
const unixSeconds = z.number().int().min(0).max(MAX_UNIX_SECONDS);

const currency = z.string().transform((code, ctx) => {
  try {
    return normalizeCurrency(code);
  } catch (error) {
    if (!(error instanceof InvalidCurrencyError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
});

// `source` is an id, or the object when expanded; an expanded refund or dispute names its charge.
const source = z
  .union([
    z.string().min(1),
    z.object({
      id: z.string().min(1),
      charge: z
        .union([z.string().min(1), z.object({ id: z.string().min(1) })])
        .nullish()
        .transform((value) =>
          value == null ? null : typeof value === 'string' ? value : value.id,
        ),
    }),
  ])
  .nullish()
  .transform((value) =>
    value == null
      ? { id: null, charge: null }
      : typeof value === 'string'
        ? { id: value, charge: null }
        : { id: value.id, charge: value.charge ?? null },
  );

/**
 * The narrow shape of a Stripe BalanceTransaction that core reads
 * (https://docs.stripe.com/api/balance_transactions/object). Amounts are integers in the
 * settlement currency's minor unit; unknown fields are dropped.
 */
export const stripeBalanceTransactionSchema = z.object({
  id: z.string().min(1),
  object: z.literal('balance_transaction').optional(),
  amount: z.number().int(),
  fee: z.number().int().default(0),
  net: z.number().int(),
  currency,
  exchange_rate: z.number().positive().nullable().default(null),
  type: z.string().min(1),
  reporting_category: z.string().min(1),
  status: z.string().min(1),
  available_on: unixSeconds,
  created: unixSeconds,
  description: z.string().nullable().default(null),
  source,
});

/** A balance transaction after {@link parseStripeBalanceTransaction}. */
export type StripeBalanceTransactionInput = z.infer<typeof stripeBalanceTransactionSchema>;

/**
 * The narrow shape of a Stripe Payout (https://docs.stripe.com/api/payouts/object).
 */
export const stripePayoutSchema = z.object({
  id: z.string().min(1),
  object: z.literal('payout').optional(),
  amount: z.number().int(),
  currency,
  status: z.string().min(1),
  arrival_date: unixSeconds,
  created: unixSeconds,
  automatic: z.boolean().default(true),
  balance_transaction: z
    .union([z.string().min(1), z.object({ id: z.string().min(1) })])
    .nullish()
    .transform((value) => (value == null ? null : typeof value === 'string' ? value : value.id)),
});

/** A payout after {@link parseStripePayout}. */
export type StripePayoutInput = z.infer<typeof stripePayoutSchema>;

/** Thrown when raw JSON is not a usable balance transaction or payout; `field` names the first problem. */
export class BooksParseError extends Error {
  override readonly name = 'BooksParseError';

  constructor(
    readonly field: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [{ field, message }],
  ) {
    super(message);
  }
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, root: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const { issues, summary } = describeIssues(result.error, root);
  throw new BooksParseError(issues[0]?.field ?? root, `Invalid Stripe ${root}: ${summary}`, issues);
}

/**
 * Parses raw JSON (API or webhook payload) into {@link StripeBalanceTransactionInput}.
 * @throws BooksParseError naming the offending field.
 */
export function parseStripeBalanceTransaction(raw: unknown): StripeBalanceTransactionInput {
  return parseWith(stripeBalanceTransactionSchema, raw, 'balance_transaction');
}

/**
 * Parses raw JSON into {@link StripePayoutInput}.
 * @throws BooksParseError naming the offending field.
 */
export function parseStripePayout(raw: unknown): StripePayoutInput {
  return parseWith(stripePayoutSchema, raw, 'payout');
}
