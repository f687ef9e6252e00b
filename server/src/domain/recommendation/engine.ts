// The hybrid, explainable recommendation engine.
//
// For every product that is offered and that the profile is eligible for (eligibility.ts), six
// components are computed and normalised to 0..1 (components.ts, weights.ts):
//
//   NEED_MATCH          cosine(need embedding, product embedding), relative to the need's mean
//                       cosine over the catalog (in spreads; see weights.ts)
//   PEER_UPTAKE         share of the customer's segment holding this product (shrunk for small segments)
//   PRODUCT_GAP         share of the segment holding some product of this category, when the
//                       customer holds none of it (exact from categoryHolders when the peer
//                       statistics have it, else the largest product share: a lower bound)
//   SIMILAR_CUSTOMERS   max over held products h of P(this | h) = together / (holders(h) + shrinkage)
//   ELIGIBILITY_MARGIN  how comfortably the profile clears the minimum income and score
//   APPROVAL_LIKELIHOOD approval proxy from the bureau score and income headroom
//
// score = Σ weight × value. The top k are then picked greedily, each time taking the candidate
// with the highest score − repeatCategoryPenalty × (products of its category already picked), ties
// to the smaller product id; that penalised score is the reported score, so ranks and scores agree.
// confidence = logistic(score). Reasons: reasons.ts.
//
// Customer feedback (feedback.ts, passed in as ctx.feedback): products carrying a disliked tag are
// not candidates; an interest or liked-tag boost is added to the score (and named by an
// INTEREST_MATCH reason); a recent dismissal's penalty is taken off it.
//
// Hot path: hundreds of calls a second over ~100 products with 512-dim vectors. Per call the
// engine allocates a handful of objects plus the k results; the per-product loop allocates nothing
// (scratch rows in a reused Float64Array) and nothing is sorted: selection is k linear scans.
import { PRODUCT_CATEGORIES } from '../reference.js';
import {
  approvalValue,
  confidenceFromScore,
  dot,
  eligibilityMarginValue,
  needMatchValue,
  saturate,
  shrunkShare,
} from './components.js';
import { eligibilitySubject, failedRules } from './eligibility.js';
import { buildReasons, type ProductFacts } from './reasons.js';
import type { CatalogProduct, CustomerProfile, RecommendContext, ScoredProduct } from './types.js';
import { COMPONENT_CODES, DEFAULT_CONFIG, K_MAX, K_MIN, type ComponentCode, type EngineConfig } from './weights.js';

// Scratch row layout, one row of STRIDE doubles per catalog product.
const NEED = 0;
const PEER = 1;
const GAP = 2;
const SIM = 3;
const MARGIN = 4;
const APPROVAL = 5;
const RAW = 6; // weighted sum of the components
const COSINE = 7; // NaN when either embedding is missing
const PEER_SHARE = 8; // raw segment share of the product; NaN without usable segment stats
const CAT_SHARE = 9; // raw segment share of the category; NaN when not a gap
const CO_SHARE = 10; // raw P(this | best held)
const CO_HELD = 11; // index into heldCo* of the best held product, −1 for none
const INCOME_RATIO = 12; // NaN when the product has no minimum income
const SCORE_HEADROOM = 13; // NaN when not applicable
const CATEGORY = 14; // category slot
const STATE = 15; // 0: not a candidate, 1: candidate, 2: picked
const FINAL = 16; // penalised score when picked
const FEEDBACK = 17; // feedback boost minus dismissal penalty, already in RAW
const STRIDE = 18;

const COMPONENT_SLOTS: Record<ComponentCode, number> = {
  NEED_MATCH: NEED,
  PEER_UPTAKE: PEER,
  PRODUCT_GAP: GAP,
  SIMILAR_CUSTOMERS: SIM,
  ELIGIBILITY_MARGIN: MARGIN,
  APPROVAL_LIKELIHOOD: APPROVAL,
};

const CATEGORY_SLOT = new Map<string, number>(PRODUCT_CATEGORIES.map((c, i) => [c, i]));
const OTHER_CATEGORY = PRODUCT_CATEGORIES.length;
const CATEGORY_SLOTS = OTHER_CATEGORY + 1;

// Reused between calls: recommend() is synchronous, so no two calls ever share them at once.
let rows = new Float64Array(128 * STRIDE);
const categoryMaxShare = new Float64Array(CATEGORY_SLOTS); // largest product share per category: a lower bound of the category share
const categoryShare = new Float64Array(CATEGORY_SLOTS);
const categoryPicked = new Int32Array(CATEGORY_SLOTS);
const heldCoMaps: Map<string, number>[] = [];
const heldCoHolders: number[] = [];
const heldCoIds: string[] = [];
const picked: number[] = [];

/**
 * The top k products for the profile, best first, each with a rank (1 = best), a score, a
 * confidence 0..100 and 2 to 4 reasons. k must be an integer 1..50 (RangeError otherwise).
 * `config` selects an alternative set of weights (an A/B arm); it defaults to weights.ts.
 */
export function recommend(
  profile: CustomerProfile,
  ctx: RecommendContext,
  k: number,
  config: EngineConfig = DEFAULT_CONFIG,
): ScoredProduct[] {
  if (!Number.isInteger(k) || k < K_MIN || k > K_MAX) throw new RangeError(`k must be an integer between ${K_MIN} and ${K_MAX}, got ${k}`);

  const { catalog, peers, offeredProductIds } = ctx;
  const fb = ctx.feedback ?? null;
  const n = catalog.length;
  if (rows.length < n * STRIDE) rows = new Float64Array(Math.max(n, rows.length / STRIDE * 2) * STRIDE);
  const r = rows;
  const w = config.weights;
  const subject = eligibilitySubject(profile);
  const held = subject.held;

  // Segment statistics, usable only for a segment large enough to speak for "customers like this one".
  const seg = peers.segments.get(profile.segment);
  const segSize = seg && seg.size >= config.peers.minSegmentSize ? seg.size : 0;
  const segShrink = segSize > 0 ? segSize / (segSize + config.peers.shrinkage) : 0;
  const exactCategories = segSize > 0 && seg!.categoryHolders != null;
  const needMatchCfg = config.needMatch;

  // The need embedding, normalised once here so that a product's dot product is its cosine.
  const need = profile.needEmbedding;
  const dim = need ? need.length : 0;
  let needScale = 0;
  if (need && dim > 0) {
    const norm = Math.sqrt(dot(need, need));
    needScale = norm > 0 ? 1 / norm : 0;
  }

  // Pass 1: category of each product, categories the customer holds, segment shares, and the
  // cosine of every embedded product with the need (their mean and spread make need match relative).
  let heldCategories = 0;
  let cosSum = 0;
  let cosSumSq = 0;
  let cosCount = 0;
  categoryMaxShare.fill(0);
  for (let i = 0; i < n; i++) {
    const p = catalog[i];
    const row = i * STRIDE;
    const slot = CATEGORY_SLOT.get(p.category) ?? OTHER_CATEGORY;
    r[row + CATEGORY] = slot;
    if (held.has(p.id)) heldCategories |= 1 << slot;
    if (segSize > 0) {
      const share = Math.min(1, (seg!.holders.get(p.id) ?? 0) / segSize);
      r[row + PEER_SHARE] = share;
      if (share > categoryMaxShare[slot]) categoryMaxShare[slot] = share;
    } else {
      r[row + PEER_SHARE] = NaN;
    }
    const emb = p.embedding;
    if (needScale > 0 && emb && emb.length === dim) {
      const cos = dot(need!, emb) * needScale;
      r[row + COSINE] = cos;
      cosSum += cos;
      cosSumSq += cos * cos;
      cosCount++;
    } else {
      r[row + COSINE] = NaN;
    }
  }
  const cosMean = cosCount > 0 ? cosSum / cosCount : 0;
  const cosSpread = cosCount > 1 ? Math.sqrt(Math.max(0, cosSumSq / cosCount - cosMean * cosMean)) : 0;
  if (segSize > 0) {
    for (let c = 0; c < CATEGORY_SLOTS; c++) {
      categoryShare[c] = exactCategories
        ? Math.min(1, (seg!.categoryHolders!.get(PRODUCT_CATEGORIES[c] ?? '') ?? 0) / segSize)
        : categoryMaxShare[c];
    }
  }

  // Held products that have enough holders to say what their holders also take.
  heldCoMaps.length = heldCoHolders.length = heldCoIds.length = 0;
  for (const h of held) {
    const holders = peers.holders.get(h) ?? 0;
    if (holders < config.cooccurrence.minHolders) continue;
    const co = peers.cooccurrence.get(h);
    if (!co || co.size === 0) continue;
    heldCoMaps.push(co);
    heldCoHolders.push(holders);
    heldCoIds.push(h);
  }
  const nHeldCo = heldCoMaps.length;
  const coShrink = config.cooccurrence.shrinkage;

  const income = profile.annualIncome;
  const score = profile.creditScore;

  // Pass 2: eligibility and components.
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    const p = catalog[i];
    const row = i * STRIDE;
    r[row + STATE] = 0;
    if (offeredProductIds && !offeredProductIds.has(p.id)) continue;
    if (failedRules(subject, p) !== 0) continue;
    if (fb !== null && fb.excluded.has(p.id)) continue;

    // Need match, relative to the typical product of the catalog.
    const cosine = r[row + COSINE];
    const needV = Number.isNaN(cosine) ? 0 : needMatchValue(cosine, cosMean, cosSpread, needMatchCfg);

    // Peer uptake and product gap.
    let peerV = 0;
    let gapV = 0;
    let catShare = NaN;
    if (segSize > 0) {
      peerV = saturate(r[row + PEER_SHARE] * segShrink, config.peers.uptakeSaturation);
      const slot = r[row + CATEGORY];
      if ((heldCategories & (1 << slot)) === 0) {
        catShare = categoryShare[slot];
        gapV = saturate(catShare * segShrink, config.peers.categorySaturation);
      }
    }

    // Similar customers: the best P(this | held) with shrinkage.
    let bestCo = 0;
    let bestCoIdx = -1;
    let bestCoRaw = 0;
    for (let j = 0; j < nHeldCo; j++) {
      const together = heldCoMaps[j].get(p.id);
      if (together === undefined || together <= 0) continue;
      const prob = shrunkShare(together, heldCoHolders[j], coShrink);
      if (prob > bestCo) {
        bestCo = prob;
        bestCoIdx = j;
        bestCoRaw = together / heldCoHolders[j];
      }
    }
    const simV = saturate(bestCo, config.cooccurrence.saturation);

    // Eligibility margin and approval likelihood.
    const incomeRatio = p.minIncome > 0 ? income / p.minIncome : null;
    const scoreHeadroom = p.minScore != null && score != null ? score - p.minScore : null;
    const marginV = eligibilityMarginValue(incomeRatio, scoreHeadroom, config.eligibilityMargin);
    const approvalV = approvalValue(p.category, score, incomeRatio, config.approval);

    r[row + NEED] = needV;
    r[row + PEER] = peerV;
    r[row + GAP] = gapV;
    r[row + SIM] = simV;
    r[row + MARGIN] = marginV;
    r[row + APPROVAL] = approvalV;
    r[row + RAW] =
      w.NEED_MATCH * needV +
      w.PEER_UPTAKE * peerV +
      w.PRODUCT_GAP * gapV +
      w.SIMILAR_CUSTOMERS * simV +
      w.ELIGIBILITY_MARGIN * marginV +
      w.APPROVAL_LIKELIHOOD * approvalV;
    let feedbackV = 0;
    if (fb !== null) feedbackV = (fb.boosts.get(p.id)?.boost ?? 0) - (fb.penalties.get(p.id) ?? 0);
    r[row + FEEDBACK] = feedbackV;
    r[row + RAW] += feedbackV;
    r[row + CAT_SHARE] = catShare;
    r[row + CO_SHARE] = bestCoRaw;
    r[row + CO_HELD] = bestCoIdx;
    r[row + INCOME_RATIO] = incomeRatio ?? NaN;
    r[row + SCORE_HEADROOM] = scoreHeadroom ?? NaN;
    r[row + STATE] = 1;
    candidates++;
  }

  // Greedy selection with the category-diversity penalty: k linear scans, no sort.
  const take = k < candidates ? k : candidates;
  const penalty = config.diversity.repeatCategoryPenalty;
  categoryPicked.fill(0);
  picked.length = 0;
  for (let t = 0; t < take; t++) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < n; i++) {
      const row = i * STRIDE;
      if (r[row + STATE] !== 1) continue;
      const s = r[row + RAW] - penalty * categoryPicked[r[row + CATEGORY]];
      if (s > bestScore || (s === bestScore && catalog[i].id < catalog[best].id)) {
        best = i;
        bestScore = s;
      }
    }
    const row = best * STRIDE;
    r[row + STATE] = 2;
    r[row + FINAL] = bestScore > 0 ? bestScore : 0;
    categoryPicked[r[row + CATEGORY]]++;
    picked.push(best);
  }

  // Results and reasons, for the picked products only.
  const out: ScoredProduct[] = new Array(picked.length);
  for (let t = 0; t < picked.length; t++) {
    const i = picked[t];
    const p = catalog[i];
    const facts = factsOf(i, p, catalog, w, exactCategories, cosMean, fb?.boosts.get(p.id) ?? null);
    const finalScore = r[i * STRIDE + FINAL];
    out[t] = {
      productId: p.id,
      rank: t + 1,
      score: Math.round(finalScore * 10_000) / 10_000,
      confidence: Math.round(confidenceFromScore(finalScore, config.confidence) * 10) / 10,
      reasons: buildReasons(profile, p, facts, config),
      components: facts.values,
    };
  }
  return out;
}

function factsOf(
  i: number,
  p: CatalogProduct,
  catalog: CatalogProduct[],
  w: Record<ComponentCode, number>,
  exactCategories: boolean,
  cosineMean: number,
  boost: ProductFacts['feedbackBoost'],
): ProductFacts {
  const row = i * STRIDE;
  const r = rows;
  const values = {} as Record<ComponentCode, number>;
  const contributions = {} as Record<ComponentCode, number>;
  for (const code of COMPONENT_CODES) {
    values[code] = r[row + COMPONENT_SLOTS[code]];
    contributions[code] = w[code] * values[code];
  }
  const coIdx = r[row + CO_HELD];
  let coHeld: ProductFacts['coHeld'] = null;
  if (coIdx >= 0) {
    const heldId = heldCoIds[coIdx];
    const heldProduct = catalog.find((c) => c.id === heldId);
    coHeld = { productId: heldId, name: heldProduct?.name ?? heldId, share: r[row + CO_SHARE] };
  }
  return {
    values,
    contributions,
    // The positive parts of the score (components and a feedback boost): what reason weights share.
    rawScore: r[row + RAW] - r[row + FEEDBACK] + (boost?.boost ?? 0),
    feedbackBoost: boost,
    cosine: nullIfNaN(r[row + COSINE]),
    typicalCosine: cosineMean,
    peerShare: nullIfNaN(r[row + PEER_SHARE]),
    categoryShare: nullIfNaN(r[row + CAT_SHARE]),
    categoryShareEstimated: !exactCategories,
    coHeld,
    incomeRatio: nullIfNaN(r[row + INCOME_RATIO]),
    scoreHeadroom: nullIfNaN(r[row + SCORE_HEADROOM]),
  };
}

function nullIfNaN(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}
