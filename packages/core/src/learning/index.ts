export {
  FEATURE_BUCKETS,
  featuresOf,
  hashFeature,
  normalizeText,
  wordsOf,
  type Feature,
  type LearningInput,
} from './features.js';
export {
  InvalidModelStateError,
  MODEL_STATE_VERSION,
  modelStateSchema,
  parseModelState,
  type ModelState,
} from './model-state.js';
export {
  CategoryModel,
  MANUAL_WEIGHT,
  RULE_WEIGHT,
  type Guess,
  type Prediction,
} from './category-model.js';
export { ruleExample } from './rule-evidence.js';
export { DEFAULT_LEARNED_THRESHOLD, learnedMayDecide, suggestionFor } from './suggestion.js';
