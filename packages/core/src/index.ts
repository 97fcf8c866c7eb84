export {
  currencyExponent,
  InvalidCurrencyError,
  NON_TWO_DECIMAL_CURRENCIES,
  normalizeCurrency,
  type CurrencyCode,
  type CurrencyExponent,
} from './money/currency.js';
export { formatMinor, InvalidAmountError, parseMajor } from './money/amount.js';
export {
  ChargeParseError,
  parseStripeCharge,
  stripeChargeSchema,
  type StripeChargeInput,
} from './charge/charge.schema.js';
export { mapCharge, type CoraTransaction } from './charge/map-charge.js';
export type { FieldIssue } from './issues.js';
export { BUILT_IN_CATEGORIES, BUILT_IN_RULES, DEFAULT_CATEGORY } from './categorize/categories.js';
export {
  BUILT_IN_RULE_PREFIX,
  categoryRuleSchema,
  InvalidRuleError,
  validateCategoryRule,
  type CategoryRule,
  type CategoryRuleMatch,
} from './categorize/rule.schema.js';
export { MAX_REGEX_LENGTH } from './categorize/user-regex.js';
export type { CategorizeInput } from './categorize/compile-rule.js';
export {
  createCategorizer,
  METADATA_CATEGORY_RULE_ID,
  type CategorizationResult,
  type CategorizerOptions,
  type CategorySource,
} from './categorize/categorizer.js';
