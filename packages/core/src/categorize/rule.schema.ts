import { z } from 'zod';
import { describeIssues, type FieldIssue } from '../issues.js';
import { compileUserRegex, MAX_REGEX_LENGTH } from './user-regex.js';

/** Rule ids with this prefix belong to core's built-in rules. */
export const BUILT_IN_RULE_PREFIX = 'builtin:';

const text = (max: number) => z.string().trim().min(1).max(max);

const matchSchema = z.discriminatedUnion('type', [
  /** Case-insensitive substring of the description. */
  z.strictObject({ type: z.literal('description_contains'), value: text(200) }),
  /** RE2 pattern tested anywhere in the description; flags are a subset of `ims`. */
  z.strictObject({
    type: z.literal('description_regex'),
    pattern: z.string().min(1).max(MAX_REGEX_LENGTH),
    flags: z
      .string()
      .regex(/^[ims]{0,3}$/, 'flags must be made of i, m, s')
      .optional(),
  }),
  /** A metadata entry: key matched case-insensitively, value case-insensitively after trimming. */
  z.strictObject({ type: z.literal('metadata_equals'), key: text(40), value: text(500) }),
  /** Any of these words or phrases, whole and case-insensitively (the built-in rules use it). */
  z.strictObject({
    type: z.literal('description_words'),
    words: z.array(text(100)).min(1).max(50),
  }),
]);

/**
 * A categorization rule as stored and edited through the API: validated data, never code.
 * Lower `priority` runs first; ties are broken by `id`.
 */
export const categoryRuleSchema = z
  .strictObject({
    id: text(100).refine((id) => !id.startsWith(BUILT_IN_RULE_PREFIX), {
      message: `ids starting with "${BUILT_IN_RULE_PREFIX}" are reserved`,
    }),
    priority: z.number().int(),
    category: text(100),
    match: matchSchema,
  })
  .superRefine((rule, ctx) => {
    if (rule.match.type !== 'description_regex') return;
    const compiled = compileUserRegex(rule.match.pattern, rule.match.flags);
    if (!compiled.ok)
      ctx.addIssue({ code: 'custom', path: ['match', 'pattern'], message: compiled.reason });
  });

/** A validated categorization rule. */
export type CategoryRule = z.infer<typeof categoryRuleSchema>;

/** What a rule's `match` can be. */
export type CategoryRuleMatch = CategoryRule['match'];

/** Thrown for a rule of the wrong shape or an unsafe, too long or invalid regex; the message says why. */
export class InvalidRuleError extends Error {
  override readonly name = 'InvalidRuleError';

  constructor(
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
}

/**
 * Validates raw data (e.g. GraphQL input or a stored row) as a {@link CategoryRule}.
 * @throws InvalidRuleError listing every problem with its field path.
 */
export function validateCategoryRule(raw: unknown): CategoryRule {
  const result = categoryRuleSchema.safeParse(raw);
  if (result.success) return result.data;
  const { issues, summary } = describeIssues(result.error, 'rule');
  throw new InvalidRuleError(`Invalid category rule: ${summary}`, issues);
}
