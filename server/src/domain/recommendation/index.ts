// Public API of the recommendation engine (pure domain code: no GraphQL, no SQL, no I/O).
export { recommend } from './engine.js';
export { productGaps } from './gaps.js';
export {
  checkEligibility,
  eligibilityMargins,
  eligibilitySubject,
  failedRules,
  rulesOf,
  ELIGIBILITY_RULES,
  type EligibilityFailure,
  type EligibilityMargins,
  type EligibilityResult,
  type EligibilityRule,
  type EligibilitySubject,
} from './eligibility.js';
export { inferSegment, hasFarmingWords, hasRetirementWords, type ProspectFacts } from './segment-inference.js';
export { prospectProfile } from './prospect.js';
export { confidenceFromScore } from './components.js';
export { productText, needProfileFacets, needProfileText, spendCategoryWords, type NeedProfileInput } from './texts.js';
export {
  MODEL_VERSION,
  DEFAULT_CONFIG,
  COMPONENT_CODES,
  CREDIT_CATEGORIES,
  K_MIN,
  K_MAX,
  SEGMENT_INFERENCE,
  UNKNOWN_AGE_CORE_BAND,
  type ComponentCode,
  type EngineConfig,
} from './weights.js';
export type {
  CatalogProduct,
  CustomerProfile,
  PeerStats,
  ReasonCode,
  ReasonOut,
  RecommendContext,
  ScoredProduct,
  SegmentStats,
  SpendProfile,
} from './types.js';
export {
  validateProfileInput,
  validateK,
  PROFILE_LIMITS,
  type InputError,
  type ProfileInputLike,
  type Validated,
  type ValidProfileInput,
} from '../profile-input.js';
