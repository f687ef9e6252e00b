// Features of the learned ranker, for one (customer, candidate product) pair. The candidate comes
// from the rules engine (candidate generation), so its six normalised components are at hand; the
// rest is read from the product, the customer and the tenant's peer statistics.
//
// The ranker is logistic, so the features are chosen to be roughly linear in the log-odds of an
// application: price is relative to income, popularity is a log share, and segment x category
// indicators let it learn that, say, retirement planners take savings and not credit cards.
import { PRODUCT_CATEGORIES, SEGMENTS, type ProductCategory, type Segment } from '../reference.js';
import type { CatalogProduct, CustomerProfile, PeerStats, ScoredProduct } from '../recommendation/types.js';
import { COMPONENT_CODES } from '../recommendation/weights.js';

const PAIR_FEATURES = SEGMENTS.flatMap((s) => PRODUCT_CATEGORIES.map((c) => `affinity:${s}:${c}`));

/** Feature names, in the order of the vectors rankerFeatures() returns. */
export const RANKER_FEATURES: readonly string[] = [
  'need_match',
  'peer_uptake',
  'product_gap',
  'similar_customers',
  'eligibility_margin',
  'approval_likelihood',
  'popularity',
  'apr',
  'fee_burden',
  'new_to_credit',
  /** The rules engine's own score: the ranker starts from what v1 knows and learns what it misses. */
  'rules_score',
  /** log2 of the rank the item was shown at: learnt from the logs so position bias is not mistaken for preference; 0 when scoring. */
  'position',
  ...PAIR_FEATURES,
];

export const POSITION_FEATURE = RANKER_FEATURES.indexOf('position');
const PAIR_OFFSET = RANKER_FEATURES.indexOf(PAIR_FEATURES[0]);
const CATEGORY_INDEX = new Map<string, number>(PRODUCT_CATEGORIES.map((c, i) => [c, i]));
const SEGMENT_INDEX = new Map<string, number>(SEGMENTS.map((s, i) => [s, i]));

/** What the features read besides the profile and the candidate, computed once per tenant snapshot. */
export interface RankingStats {
  /** Share of the tenant's customers holding each product. */
  holderShare: Map<string, number>;
}

export function rankingStats(peers: PeerStats): RankingStats {
  let customers = 0;
  for (const s of peers.segments.values()) customers += s.size;
  const holderShare = new Map<string, number>();
  for (const [id, n] of peers.holders) holderShare.set(id, customers > 0 ? n / customers : 0);
  return { holderShare };
}

/**
 * The feature vector of one candidate. `servedRank` is the rank the product was shown at when
 * learning from logs, and null when scoring (position 0: as if it were shown first).
 */
export function rankerFeatures(
  profile: CustomerProfile,
  product: CatalogProduct,
  candidate: ScoredProduct,
  stats: RankingStats,
  servedRank: number | null,
  out: Float64Array = new Float64Array(RANKER_FEATURES.length),
): Float64Array {
  out.fill(0);
  const c = candidate.components;
  if (c) for (let i = 0; i < COMPONENT_CODES.length; i++) out[i] = c[COMPONENT_CODES[i]];
  // log(1 + 100 x share): 0 for an unheld product, about 4.6 for one everybody holds.
  out[6] = Math.log1p(100 * (stats.holderShare.get(product.id) ?? 0));
  out[7] = aprMid(product) / 100;
  const monthlyIncome = Math.max(profile.annualIncome, 1) / 12;
  out[8] = Math.log1p((10 * product.annualFee) / monthlyIncome);
  out[9] = profile.creditScore == null ? 1 : 0;
  out[10] = candidate.score;
  out[POSITION_FEATURE] = servedRank == null ? 0 : Math.log2(Math.max(1, servedRank));
  const s = SEGMENT_INDEX.get(profile.segment);
  const k = CATEGORY_INDEX.get(product.category);
  if (s !== undefined && k !== undefined) out[PAIR_OFFSET + s * PRODUCT_CATEGORIES.length + k] = 1;
  return out;
}

/** The middle of a product's APR band in percent; 0 for products without interest (savings, insurance). */
export function aprMid(p: Pick<CatalogProduct, 'aprMin' | 'aprMax'>): number {
  if (p.aprMin == null && p.aprMax == null) return 0;
  return ((p.aprMin ?? p.aprMax ?? 0) + (p.aprMax ?? p.aprMin ?? 0)) / 2;
}

export function affinityFeature(segment: Segment, category: ProductCategory): string {
  return `affinity:${segment}:${category}`;
}
