// Names clusters from their centroids. Each centroid is read as z-scores per feature; the few
// largest |z| are its standout features. A rule table maps standout profiles to human names
// (RULES) and single features to tags (TAGS); facts are medians of the cluster's members.
//
// Rule table (a rule's score is the weighted mean of the centroid's z on its features; the best
// unclaimed (cluster, rule) pairs are taken first, a rule names at most one cluster and only
// with score >= MIN_RULE_SCORE; a cluster no rule fits is named after its two standout tags):
//
// | name                               | features (weight)                                                  |
// |------------------------------------|--------------------------------------------------------------------|
// | affluent savers                    | income +1, savings rate +1, deposits +1, investment products +1    |
// | credit builders                    | new to credit +2, credit score -1, income -1                       |
// | seasonal earners                   | income variability +2, farm spending +1                            |
// | digital-first young professionals  | age -2, digital payments +1, lifestyle spending +1                 |
// | established businesses             | business +1, years in business +2, income +1                       |
// | growing businesses                 | business +1, years in business -2                                  |
// | stretched borrowers                | debt service +2, savings rate -1.5, credit products +0.5           |
// | retirement planners                | age +3, savings rate +0.5, investment products +0.5                |
// | everyday savers                    | lifestyle spending -1, income -1, products -0.5                    |
import { FEATURES } from './features.js';

export interface NamingRule {
  name: string;
  weights: Readonly<Record<string, number>>;
}

export const RULES: readonly NamingRule[] = [
  { name: 'affluent savers', weights: { annualIncome: 1, savingsRate: 1, depositBalance: 1, investmentProducts: 1 } },
  { name: 'credit builders', weights: { newToCredit: 2, creditScore: -1, annualIncome: -1 } },
  { name: 'seasonal earners', weights: { inflowVariability: 2, farmSpend: 1 } },
  { name: 'digital-first young professionals', weights: { age: -2, digitalShare: 1, lifestyleSpend: 1 } },
  { name: 'established businesses', weights: { business: 1, yearsInBusiness: 2, annualIncome: 1 } },
  { name: 'growing businesses', weights: { business: 1, yearsInBusiness: -2 } },
  { name: 'stretched borrowers', weights: { debtService: 2, savingsRate: -1.5, creditProducts: 0.5 } },
  { name: 'retirement planners', weights: { age: 3, savingsRate: 0.5, investmentProducts: 0.5 } },
  { name: 'everyday savers', weights: { lifestyleSpend: -1, annualIncome: -1, products: -0.5 } },
];

/** Least rule score (a weighted mean z) for a rule to name a cluster. */
export const MIN_RULE_SCORE = 0.35;
/** Least |z| for a feature to stand out (to be a tag). */
export const STANDOUT_Z = 0.5;
const MAX_TAGS = 4;

/** Tag of a feature far below (first) or above (second) the average; null: not worth saying. */
export const TAGS: Readonly<Record<string, readonly [string | null, string | null]>> = {
  annualIncome: ['lower income', 'high income'],
  age: ['young', 'older'],
  yearsInBusiness: ['young business', 'established business'],
  business: [null, 'business owners'],
  creditScore: ['weak credit score', 'strong credit score'],
  newToCredit: [null, 'new to credit'],
  inflowVariability: ['steady income', 'seasonal income'],
  savingsRate: ['spends most of income', 'high savings'],
  digitalShare: ['cash-first', 'digital payments'],
  lifestyleSpend: ['essentials spending', 'lifestyle spending'],
  farmSpend: [null, 'agriculture'],
  debtService: ['little debt', 'heavy EMI load'],
  products: ['few products', 'multi-product'],
  creditProducts: ['little credit', 'credit users'],
  investmentProducts: [null, 'investors'],
  depositBalance: ['low balances', 'high balances'],
};

export interface NamedCluster {
  name: string;
  tags: string[];
  /** The standout features the name and tags came from, largest |z| first. */
  standout: { feature: string; z: number }[];
  /** The rule that named it, or null when it was named from its tags. */
  rule: string | null;
}

export function ruleScore(rule: NamingRule, centroid: readonly number[], featureNames: readonly string[] = FEATURES.map((f) => f.name)): number {
  let s = 0;
  let w = 0;
  for (const [feature, weight] of Object.entries(rule.weights)) {
    const j = featureNames.indexOf(feature);
    if (j < 0) continue;
    s += weight * centroid[j];
    w += Math.abs(weight);
  }
  return w > 0 ? s / w : 0;
}

function standoutOf(centroid: readonly number[], featureNames: readonly string[]) {
  return featureNames
    .map((feature, j) => ({ feature, z: centroid[j] }))
    .filter((f) => Math.abs(f.z) >= STANDOUT_Z)
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || (a.feature < b.feature ? -1 : 1));
}

function tagOf(f: { feature: string; z: number }): string | null {
  const pair = TAGS[f.feature];
  return pair ? pair[f.z < 0 ? 0 : 1] : null;
}

/** A unique name and tags for each centroid (in centroid order). Deterministic. */
export function nameClusters(centroids: readonly (readonly number[])[], featureNames: readonly string[] = FEATURES.map((f) => f.name)): NamedCluster[] {
  const pairs: { c: number; r: number; score: number }[] = [];
  centroids.forEach((centroid, c) => RULES.forEach((rule, r) => pairs.push({ c, r, score: ruleScore(rule, centroid, featureNames) })));
  pairs.sort((a, b) => b.score - a.score || a.c - b.c || a.r - b.r);
  const ruleOf = new Map<number, number>();
  const usedRules = new Set<number>();
  for (const p of pairs) {
    if (p.score < MIN_RULE_SCORE) break;
    if (ruleOf.has(p.c) || usedRules.has(p.r)) continue;
    ruleOf.set(p.c, p.r);
    usedRules.add(p.r);
  }
  const used = new Set<string>();
  return centroids.map((centroid, c) => {
    const standout = standoutOf(centroid, featureNames);
    const tags = [...new Set(standout.map(tagOf).filter((t): t is string => t !== null))].slice(0, MAX_TAGS);
    const r = ruleOf.get(c);
    let name = r !== undefined ? RULES[r].name : tags.length > 0 ? `${tags.slice(0, 2).join(', ')} customers` : 'mainstream customers';
    if (used.has(name)) {
      let i = 2;
      while (used.has(`${name} ${i}`)) i++;
      name = `${name} ${i}`;
    }
    used.add(name);
    return { name, tags, standout: standout.map((f) => ({ feature: f.feature, z: Math.round(f.z * 100) / 100 })), rule: r !== undefined ? RULES[r].name : null };
  });
}
