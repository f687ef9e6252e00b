// The learned ranker: re-orders the rules engine's candidates by the probability that the customer
// applies, as learned from logged interactions (services/ranker-training.ts). The model is plain
// data (a versioned JSON row), so any replica can load and serve it.
import { sigmoid } from '../../ml/scorecard/logistic.js';
import type { FeedbackAdjustments } from '../recommendation/feedback.js';
import type { CatalogProduct, CustomerProfile, ScoredProduct } from '../recommendation/types.js';
import { RANKER_FEATURES, rankerFeatures, type RankingStats } from './features.js';

export interface RankerModel {
  version: string;
  kind: 'LOGISTIC';
  /** The candidate generator it was trained on (the rules engine's MODEL_VERSION). */
  candidateModel: string;
  /** How many rules candidates it re-ranks. */
  candidates: number;
  features: string[];
  intercept: number;
  coefficients: number[];
  /** 101 quantiles (0th..100th percentile) of the training candidates' logits: confidence is a percentile among them. */
  logitQuantiles: number[];
  /** Taken off a candidate's logit per product of the same category already picked, so a list is not five cards. */
  diversityPenalty: number;
}

export function checkRankerModel(m: RankerModel): RankerModel {
  if (m.kind !== 'LOGISTIC') throw new Error(`ranker ${m.version}: unknown kind ${String(m.kind)}`);
  if (m.features.length !== RANKER_FEATURES.length || m.features.some((f, i) => f !== RANKER_FEATURES[i])) {
    throw new Error(`ranker ${m.version} was trained on other features than this code computes; retrain it (npm run train:ranker)`);
  }
  if (m.coefficients.length !== m.features.length) throw new Error(`ranker ${m.version}: ${m.coefficients.length} coefficients for ${m.features.length} features`);
  return m;
}

export function logitOf(model: Pick<RankerModel, 'intercept' | 'coefficients'>, x: ArrayLike<number>): number {
  let z = model.intercept;
  for (let i = 0; i < x.length; i++) z += model.coefficients[i] * x[i];
  return z;
}

/** Percentile (0..100) of a logit among the training candidates' logits, interpolated. */
export function confidenceOfLogit(quantiles: readonly number[], z: number): number {
  const n = quantiles.length - 1;
  if (n < 1 || z <= quantiles[0]) return 0;
  if (z >= quantiles[n]) return 100;
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (quantiles[mid] <= z) lo = mid;
    else hi = mid;
  }
  const span = quantiles[hi] - quantiles[lo];
  const within = span > 0 ? (z - quantiles[lo]) / span : 0;
  return ((lo + within) / n) * 100;
}

const scratch = new Float64Array(RANKER_FEATURES.length);

/**
 * What the customer said outranks what the model learnt from others: a feedback boost or dismissal
 * penalty (in rules-score units, feedback.ts) moves the logit by this much per unit, e.g. +1.5 for
 * a stated interest, −2 for a recent dismissal.
 */
export const FEEDBACK_LOGITS = 10;

/**
 * The top k of the candidates by the model, greedily with the category-diversity penalty. Each
 * keeps the rules engine's reasons (why the product fits); its score becomes the modelled
 * probability of an application and its confidence the percentile of that among training candidates.
 */
export function rerank(
  profile: CustomerProfile,
  candidates: readonly ScoredProduct[],
  productById: ReadonlyMap<string, CatalogProduct>,
  stats: RankingStats,
  model: RankerModel,
  k: number,
  feedback: FeedbackAdjustments | null = null,
): ScoredProduct[] {
  const logits = candidates.map((c) => {
    const p = productById.get(c.productId);
    if (!p) return -Infinity;
    const stated = feedback ? (feedback.boosts.get(c.productId)?.boost ?? 0) - (feedback.penalties.get(c.productId) ?? 0) : 0;
    return logitOf(model, rankerFeatures(profile, p, c, stats, null, scratch)) + FEEDBACK_LOGITS * stated;
  });
  const categoryOf = candidates.map((c) => productById.get(c.productId)?.category ?? '');
  const taken = new Set<number>();
  const perCategory = new Map<string, number>();
  const out: ScoredProduct[] = [];
  while (out.length < k && taken.size < candidates.length) {
    let best = -1;
    let bestZ = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      if (taken.has(i) || logits[i] === -Infinity) continue;
      const z = logits[i] - model.diversityPenalty * (perCategory.get(categoryOf[i]) ?? 0);
      if (z > bestZ || (z === bestZ && candidates[i].productId < candidates[best].productId)) {
        best = i;
        bestZ = z;
      }
    }
    if (best < 0) break;
    taken.add(best);
    perCategory.set(categoryOf[best], (perCategory.get(categoryOf[best]) ?? 0) + 1);
    const c = candidates[best];
    out.push({
      ...c,
      rank: out.length + 1,
      score: Math.round(sigmoid(bestZ) * 10_000) / 10_000,
      confidence: Math.round(confidenceOfLogit(model.logitQuantiles, bestZ) * 10) / 10,
    });
  }
  return out;
}
