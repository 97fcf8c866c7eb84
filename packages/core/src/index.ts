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
export {
  CategorySource,
  sameCategorization,
  type Categorization,
} from './transaction/categorization.js';
export {
  displayStatus,
  importCharge,
  mapCharge,
  type CategorizedTransaction,
  type StoredTransaction,
  type Transaction,
  type TransactionFilter,
  type VersionedTransaction,
} from './transaction/transaction.js';
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
export {
  categoryKey,
  CategorySpellings,
  mergeCategories,
  spellingsOf,
  tidyCategory,
} from './categorize/category-spelling.js';
export { MAX_REGEX_LENGTH } from './categorize/user-regex.js';
export type { CategorizeInput } from './categorize/compile-rule.js';
export {
  createCategorizer,
  METADATA_CATEGORY_RULE_ID,
  type Categorize,
  type CategorizerOptions,
  type LearnedOptions,
} from './categorize/categorizer.js';
export * from './learning/index.js';
export {
  ConnectionStatus,
  storedStatus,
  type StoredConnectionStatus,
} from './connection/connection-status.js';
export * from './books/index.js';
