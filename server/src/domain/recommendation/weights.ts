// Every weight and threshold of the recommendation engine, in one place.
//
// The engine scores each eligible product as a weighted sum of six components, each normalised
// to 0..1 before weighting:
//
//   score = Σ weight_c × value_c          (weights sum to 1, so a raw score is in 0..1)
//
// then re-ranks greedily with a category-diversity penalty and maps the final score to a
// confidence of 0..100 with a logistic curve. Change a number here, bump MODEL_VERSION: served
// recommendations are logged with it, so that feedback can be attributed to the model that made them.
//
// The whole object can be passed to recommend() to try an alternative arm of an A/B test without
// touching the code.

/** Logged with every served recommendation. */
export const MODEL_VERSION = 'rec-v1.1-hybrid'; // v1.1: credit-builder products only below an established score

/** Component codes, in the fixed order used for tie-breaking between equally strong reasons. */
export const COMPONENT_CODES = [
  'NEED_MATCH',
  'PEER_UPTAKE',
  'PRODUCT_GAP',
  'SIMILAR_CUSTOMERS',
  'ELIGIBILITY_MARGIN',
  'APPROVAL_LIKELIHOOD',
] as const;
export type ComponentCode = (typeof COMPONENT_CODES)[number];

export interface EngineConfig {
  /** Weight of each component in the combined score. They sum to 1. */
  weights: Record<ComponentCode, number>;

  needMatch: {
    /**
     * Need match is relative to the catalog: value = (cosine − mean) / (fullMatchZ × spread),
     * clamped to 0..1, where mean and spread (standard deviation) are those of the cosines
     * between this need and every embedded catalog product. Measured with the shipped USE-lite
     * model on the seeded catalog, the mean cosine of a need text moves between 0.38 and 0.58 with
     * the wording of the profile, while the intended products sit 0.15–0.25 above it; an absolute
     * scale would credit every product of a "wordy" profile. Products no closer than the typical
     * one get 0 (and no NEED_MATCH reason). The same rule holds for any embedding model.
     */
    fullMatchZ: number;
    /** Lower bound of the spread, so that a near-uniform catalog does not inflate tiny differences. */
    minSpread: number;
    /** Normalised value from which the reason says "Matches" rather than "Partly matches". */
    strongMatch: number;
  };

  peers: {
    /** Segments smaller than this give no peer components (and no peer reasons): too few to say "most". */
    minSegmentSize: number;
    /**
     * Shrinkage towards zero of segment shares: holders / (size + shrinkage). The reason texts
     * report the raw share; the score uses the shrunk one so that small segments weigh less.
     */
    shrinkage: number;
    /** Product-level uptake share at which PEER_UPTAKE reaches 1. */
    uptakeSaturation: number;
    /** Category-level share (peers holding any product of the category) at which PRODUCT_GAP reaches 1. */
    categorySaturation: number;
    /** productGaps(): the least segment uptake share for a product to count as a gap. */
    gapUptakeThreshold: number;
  };

  cooccurrence: {
    /** A held product with fewer holders than this says nothing about what its holders also take. */
    minHolders: number;
    /** P(product | held) is estimated as together / (holders(held) + shrinkage). */
    shrinkage: number;
    /** Conditional probability at which SIMILAR_CUSTOMERS reaches 1. */
    saturation: number;
    /** Raw conditional probability from which the reason says "often". */
    oftenThreshold: number;
  };

  eligibilityMargin: {
    /**
     * Value of merely being eligible (at exactly the minimum). Every eligible product therefore
     * contributes a little here, which is true and keeps at least two honest reasons available.
     */
    floor: number;
    /** Income at this multiple of the minimum counts as a full income margin (log scale between 1× and this). */
    incomeRatioForFullMargin: number;
    /** Score points above the minimum that count as a full score margin. */
    scorePointsForFullMargin: number;
    /** Headroom assumed for a product with neither a minimum income nor a minimum score. */
    openProductHeadroom: number;
  };

  approval: {
    /** Approval proxy for credit products: σ((score − pivot) / scale + incomeSlope × ln(min(incomeRatio, cap))). */
    scorePivot: number;
    scoreScale: number;
    incomeSlope: number;
    incomeRatioCap: number;
    /** Credit products open to new-to-credit customers (no minimum score): a low, fixed value. */
    newToCredit: number;
    /** Savings, insurance and investments need no credit approval: a neutral, fixed value. */
    nonCredit: number;
  };

  diversity: {
    /** Subtracted from a candidate's score for every product of the same category already ranked above it. */
    repeatCategoryPenalty: number;
  };

  confidence: {
    /** confidence = 100 / (1 + exp(−(score − center) / scale)). */
    center: number;
    scale: number;
  };

  reasons: {
    min: number;
    max: number;
    /** A component contributing less than this to the score is only named when needed to reach `min` reasons. */
    minContribution: number;
  };
}

export const DEFAULT_CONFIG: EngineConfig = deepFreeze({
  weights: {
    NEED_MATCH: 0.35,
    PEER_UPTAKE: 0.18,
    PRODUCT_GAP: 0.1,
    SIMILAR_CUSTOMERS: 0.17,
    ELIGIBILITY_MARGIN: 0.1,
    APPROVAL_LIKELIHOOD: 0.1,
  },
  needMatch: { fullMatchZ: 3, minSpread: 0.03, strongMatch: 0.5 },
  peers: {
    minSegmentSize: 10,
    shrinkage: 10,
    uptakeSaturation: 0.5,
    categorySaturation: 0.6,
    gapUptakeThreshold: 0.2,
  },
  cooccurrence: { minHolders: 10, shrinkage: 10, saturation: 0.4, oftenThreshold: 0.25 },
  eligibilityMargin: {
    floor: 0.1,
    incomeRatioForFullMargin: 3,
    scorePointsForFullMargin: 100,
    openProductHeadroom: 0.5,
  },
  approval: {
    scorePivot: 700,
    scoreScale: 50,
    incomeSlope: 0.6,
    incomeRatioCap: 5,
    newToCredit: 0.25,
    nonCredit: 0.5,
  },
  diversity: { repeatCategoryPenalty: 0.03 },
  confidence: { center: 0.35, scale: 0.1 },
  reasons: { min: 2, max: 4, minContribution: 0.01 },
});

/** Categories whose products are credit and so need an approval; the rest are neutral. */
export const CREDIT_CATEGORIES: ReadonlySet<string> = new Set(['CREDIT_CARD', 'PERSONAL_LOAN', 'BUSINESS_LOAN', 'MORTGAGE']);

/** recommend(): the accepted range of k. */
export const K_MIN = 1;
export const K_MAX = 50;

/**
 * Eligibility when the age is unknown (a prospect may leave it out; ProfileInput rejects ages under
 * 18). An unknown age passes an age band that admits every core working age from
 * UNKNOWN_AGE_CORE_BAND.from to .to (e.g. 21–65 passes), and fails a band aimed at the young or
 * the old (max age 35, min age 60). Most catalog products carry a band like 21–65, so a stricter
 * rule would leave a prospect without an age almost nothing.
 */
export const UNKNOWN_AGE_CORE_BAND = { from: 25, to: 50 } as const;

/** Segment inference for prospects (segment-inference.ts). */
export const SEGMENT_INFERENCE = {
  /** Below this bureau score (or with none) a prospect is a credit builder. */
  creditBuilderBelowScore: 650,
  /** From this age a prospect is a retirement planner. */
  retirementFromAge: 55,
  /** Annual income (INR) from which a prospect is affluent: ₹25,00,000. */
  affluentFromIncome: 2_500_000,
} as const;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/**
 * Products tagged credit-builder are meant for customers new to credit or rebuilding a weak
 * record; from this score up a customer has an established record and is not offered them.
 */
export const CREDIT_BUILDER_TAG = 'credit-builder';
export const CREDIT_BUILDER_MAX_SCORE = 700;
