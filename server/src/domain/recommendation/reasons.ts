// Plain-language reasons for one recommendation.
//
// Honesty rules: a reason is given only for a component that added to the score (contribution
// > 0); its weight is that component's share of the product's score before the diversity penalty;
// its text carries the numbers behind it. Reasons come strongest first, at most `max`; components
// contributing less than `minContribution` are named only when needed to reach `min`. Every
// eligible product contributes through ELIGIBILITY_MARGIN (floor) and APPROVAL_LIKELIHOOD (always
// > 0), so two honest reasons always exist.
import type { Segment } from '../reference.js';
import { CATEGORY_ARTICLE_NOUN, SEGMENT_PEOPLE, formatInr, formatPercent, formatRatio, scoreBand } from './format.js';
import { isCreditCategory } from './components.js';
import { needMatchText } from './need-explanation.js';
import type { CatalogProduct, CustomerProfile, ReasonOut } from './types.js';
import { COMPONENT_CODES, type ComponentCode, type EngineConfig } from './weights.js';

/** What the engine found for one product: the numbers behind its components. */
export interface ProductFacts {
  /** Normalised component values, 0..1. */
  values: Record<ComponentCode, number>;
  /** Weighted contributions to the score (weight × value). */
  contributions: Record<ComponentCode, number>;
  /**
   * Sum of the contributions and of a feedback boost: the positive parts of the score before the
   * diversity penalty (and before a dismissal's penalty).
   */
  rawScore: number;
  /** The boost the customer's feedback gave this product, with its reason text; null for none. */
  feedbackBoost?: { boost: number; text: string } | null;
  /** Cosine similarity of need and product embeddings; null when either is missing. */
  cosine: number | null;
  /** Mean cosine of the need with the catalog's products. */
  typicalCosine: number;
  /** Raw share of the segment holding this product; null when no usable segment statistics. */
  peerShare: number | null;
  /** Raw share of the segment holding some product of this category; null when not a gap. */
  categoryShare: number | null;
  /** True when categoryShare is the lower bound (largest product share), not a count. */
  categoryShareEstimated: boolean;
  /** The held product whose holders most often also hold this one, with its raw share. */
  coHeld: { productId: string; name: string; share: number } | null;
  incomeRatio: number | null;
  scoreHeadroom: number | null;
}

export function buildReasons(profile: CustomerProfile, product: CatalogProduct, facts: ProductFacts, config: EngineConfig): ReasonOut[] {
  const { min, max, minContribution } = config.reasons;
  const order = COMPONENT_CODES.filter((c) => facts.contributions[c] > 0).sort(
    (a, b) => facts.contributions[b] - facts.contributions[a] || COMPONENT_CODES.indexOf(a) - COMPONENT_CODES.indexOf(b),
  );
  const chosen: ComponentCode[] = [];
  for (const c of order) if (chosen.length < max && facts.contributions[c] >= minContribution) chosen.push(c);
  for (const c of order) if (chosen.length < min && !chosen.includes(c)) chosen.push(c);
  // Keep strongest first after topping up.
  chosen.sort((a, b) => facts.contributions[b] - facts.contributions[a] || COMPONENT_CODES.indexOf(a) - COMPONENT_CODES.indexOf(b));

  // The income headroom appears in the approval reason only when no margin reason already says it.
  const incomeInApproval = !chosen.includes('ELIGIBILITY_MARGIN');
  const reasons: ReasonOut[] = chosen.map((code) => ({
    code,
    text: reasonText(code, profile, product, facts, config, incomeInApproval),
    weight: shareOf(facts.contributions[code], facts.rawScore),
  }));
  return withFeedbackReason(reasons, chosen.map((c) => facts.contributions[c]), facts, max);
}

/**
 * A feedback boost moved the product up, so it is always named (INTEREST_MATCH), in its place by
 * strength, replacing the weakest component reason when the list is full.
 */
function withFeedbackReason(reasons: ReasonOut[], contributions: number[], facts: ProductFacts, max: number): ReasonOut[] {
  const b = facts.feedbackBoost;
  if (!b || !(b.boost > 0)) return reasons;
  const kept = reasons.length >= max ? reasons.slice(0, max - 1) : reasons;
  const at = contributions.findIndex((c, i) => i < kept.length && b.boost > c);
  const reason: ReasonOut = { code: FEEDBACK_REASON_CODE, text: b.text, weight: shareOf(b.boost, facts.rawScore) };
  const out = kept.slice();
  out.splice(at < 0 ? kept.length : at, 0, reason);
  return out;
}

/** The reason code of a boost from the customer's own feedback (interests, liked tags). */
export const FEEDBACK_REASON_CODE = 'INTEREST_MATCH';

/** Contribution / score, rounded down to 3 decimals so that the weights of a list sum to at most 1; never 0. */
function shareOf(contribution: number, total: number): number {
  if (!(total > 0)) return 0.001;
  const share = Math.floor((contribution / total) * 1000) / 1000;
  return share < 0.001 ? 0.001 : share > 1 ? 1 : share;
}

function reasonText(
  code: ComponentCode,
  profile: CustomerProfile,
  product: CatalogProduct,
  f: ProductFacts,
  config: EngineConfig,
  incomeInApproval: boolean,
): string {
  const business = profile.kind === 'BUSINESS';
  // Worded about the customer, not to them: the reader is a relationship manager or a partner's front end.
  const peers = `${SEGMENT_PEOPLE[profile.segment as Segment] ?? 'customers'} like ${business ? 'this one' : 'this customer'}`;
  switch (code) {
    case 'NEED_MATCH':
      return needMatchText(profile, product, f.values.NEED_MATCH, f.cosine ?? 0, f.typicalCosine, config.needMatch);
    case 'PEER_UPTAKE':
      return `${capitalise(formatPercent(f.peerShare ?? 0))} of ${peers} hold ${product.name}`;
    case 'PRODUCT_GAP': {
      const noun = CATEGORY_ARTICLE_NOUN[product.category] ?? 'this kind of product';
      const pct = formatPercent(f.categoryShare ?? 0);
      return `${f.categoryShareEstimated ? 'At least ' : ''}${pct} of ${peers} have ${noun}; ${business ? 'this business has' : 'this customer has'} none yet`;
    }
    case 'SIMILAR_CUSTOMERS': {
      const co = f.coHeld;
      if (!co) return 'Often taken together with products this customer holds';
      return co.share >= config.cooccurrence.oftenThreshold
        ? `Customers who hold ${co.name} often also take this (${formatPercent(co.share)})`
        : `${capitalise(formatPercent(co.share))} of customers who hold ${co.name} also take this`;
    }
    case 'ELIGIBILITY_MARGIN':
      return marginText(profile, product, f);
    case 'APPROVAL_LIKELIHOOD':
      return approvalText(profile, product, f, incomeInApproval);
  }
}

function marginText(profile: CustomerProfile, product: CatalogProduct, f: ProductFacts): string {
  const incomeWord = profile.kind === 'BUSINESS' ? 'revenue' : 'income';
  const parts: string[] = [];
  if (f.incomeRatio != null) {
    parts.push(
      f.incomeRatio >= 1.05
        ? `${incomeWord} is ${formatRatio(f.incomeRatio)} the minimum of ${formatInr(product.minIncome)}`
        : `${incomeWord} meets the minimum of ${formatInr(product.minIncome)}`,
    );
  }
  if (f.scoreHeadroom != null && profile.creditScore != null) {
    parts.push(
      f.scoreHeadroom > 0
        ? `credit score of ${profile.creditScore} is ${f.scoreHeadroom} points above the minimum of ${product.minScore}`
        : `credit score of ${profile.creditScore} meets the minimum of ${product.minScore}`,
    );
  }
  if (parts.length === 0) return 'No minimum income or credit score required';
  return capitalise(parts.join(' and '));
}

function approvalText(profile: CustomerProfile, product: CatalogProduct, f: ProductFacts, mentionIncome: boolean): string {
  if (!isCreditCategory(product.category)) return 'No credit approval needed for this product';
  const score = profile.creditScore;
  if (score == null) return 'Open to customers new to credit';
  const v = f.values.APPROVAL_LIKELIHOOD;
  const level = v >= 0.75 ? 'High' : v >= 0.5 ? 'Good' : 'Moderate';
  const incomeWord = profile.kind === 'BUSINESS' ? 'revenue' : 'income';
  const income = mentionIncome && f.incomeRatio != null && f.incomeRatio >= 1.5 ? ` and ${incomeWord} ${formatRatio(f.incomeRatio)} the minimum` : '';
  return `${level} approval likelihood: credit score ${score} (${scoreBand(score)})${income}`;
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
