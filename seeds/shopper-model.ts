// The synthetic customers' true product preferences, and how they browse the lists they are
// served. The learned ranker is trained on the history this produces, so the preferences must be
// real structure, not noise, and must differ from both baselines, or there is nothing to learn:
//
//   utility(customer, product) = −2.6
//       + 2.4 × need match              what the customer said they want matters most
//       + 1.4 × similar customers        people take what people like them took with what they hold
//       + 0.6 × peer uptake
//       + 1.0 × approval likelihood      nobody applies expecting a refusal
//       − price sensitivity × (4 × APR + fee burden)
//       + AFFINITY[segment][category]    retirement planners save, young professionals carry cards
//       + taste                          each customer's own idiosyncrasy, N(0, 0.6) per product
//
// Price sensitivity falls with income. The rules engine (v1) weighs eligibility margin heavily and
// knows nothing of price or segment tastes; popularity knows nothing of the customer at all.
//
// Browsing: a customer examines the item at rank r with probability 1 / r^0.8 (position bias),
// clicks an examined item with probability σ(utility + 0.5), applies after a click with
// probability σ(utility − 1) / σ(utility + 0.5) (so P(apply | examined) = σ(utility − 1)), and
// is approved with probability 0.3 + 0.65 × approval likelihood. A product applied for is not
// applied for again.
import type { ProductCategory, Segment } from '../server/src/domain/reference.js';
import { aprMid } from '../server/src/domain/ranking/features.js';
import { sigmoid as sigma } from '../server/src/ml/scorecard/logistic.js';
import type { CatalogProduct, CustomerProfile, ScoredProduct } from '../server/src/domain/recommendation/types.js';
import type { Random } from './random.js';

export const AFFINITY: Record<Segment, Partial<Record<ProductCategory, number>>> = {
  YOUNG_PROFESSIONAL: { CREDIT_CARD: 0.9, INVESTMENT: 0.5, PERSONAL_LOAN: 0.2, MORTGAGE: -0.4, INSURANCE: -0.3 },
  AFFLUENT: { INVESTMENT: 1.0, MORTGAGE: 0.4, INSURANCE: 0.3, PERSONAL_LOAN: -0.7, CREDIT_CARD: -0.2 },
  RETIREMENT_PLANNER: { SAVINGS: 0.9, INSURANCE: 0.7, INVESTMENT: 0.3, CREDIT_CARD: -0.7, PERSONAL_LOAN: -0.6 },
  CREDIT_BUILDER: { CREDIT_CARD: 0.8, PERSONAL_LOAN: 0.4, SAVINGS: 0.2, INVESTMENT: -0.7, MORTGAGE: -0.6 },
  SMALL_BUSINESS: { BUSINESS_LOAN: 1.1, CREDIT_CARD: 0.2, INSURANCE: 0.2, INVESTMENT: -0.5 },
  FARMER: { BUSINESS_LOAN: 0.7, INSURANCE: 0.8, SAVINGS: 0.4, CREDIT_CARD: -0.5, INVESTMENT: -0.6 },
};

export function priceSensitivity(annualIncome: number): number {
  // 2 at ₹2 lakh a year, 1.2 at ₹10 lakh, 0.3 from about ₹60 lakh.
  return Math.min(2, Math.max(0.3, 2 - 1.15 * Math.log10(Math.max(annualIncome, 1) / 200_000)));
}

export function trueUtility(profile: CustomerProfile, product: CatalogProduct, candidate: ScoredProduct, taste: number): number {
  const c = candidate.components;
  const need = c?.NEED_MATCH ?? 0;
  const similar = c?.SIMILAR_CUSTOMERS ?? 0;
  const peer = c?.PEER_UPTAKE ?? 0;
  const approval = c?.APPROVAL_LIKELIHOOD ?? 0;
  const monthly = Math.max(profile.annualIncome, 1) / 12;
  const price = 4 * (aprMid(product) / 100) + Math.log1p((10 * product.annualFee) / monthly);
  return (
    -2.6 +
    2.4 * need +
    1.4 * similar +
    0.6 * peer +
    1.0 * approval -
    priceSensitivity(profile.annualIncome) * price +
    (AFFINITY[profile.segment]?.[product.category] ?? 0) +
    taste
  );
}

export type HistoryEventKind = 'VIEW' | 'CLICK' | 'APPLY' | 'APPROVE';

export interface SimulatedSession {
  servedAt: Date;
  /** The list as served: ranks 1..n. */
  served: ScoredProduct[];
  /** A random slate (exploration traffic) rather than the engine's order. */
  explored: boolean;
  events: { productId: string; kind: HistoryEventKind; at: Date }[];
}

export interface BrowsingOptions {
  /** Length of a served list. */
  listLength: number;
  /** Share of sessions served a random slate of the candidates (exploration traffic). */
  exploreShare: number;
  /** Sessions between `from` and `to`, uniformly. */
  from: Date;
  to: Date;
  sessions: number;
}

/**
 * One customer's sessions: each serves the rules engine's top list (or, for exploration, a
 * random slate of its candidates) and plays the customer's browsing against it.
 */
export function simulateCustomer(
  profile: CustomerProfile,
  candidates: readonly ScoredProduct[],
  productById: ReadonlyMap<string, CatalogProduct>,
  rng: Random,
  opts: BrowsingOptions,
): SimulatedSession[] {
  const utility = new Map<string, number>();
  for (const c of candidates) {
    const p = productById.get(c.productId);
    if (p) utility.set(c.productId, trueUtility(profile, p, c, rng.normal(0, 0.6)));
  }
  const usable = candidates.filter((c) => utility.has(c.productId));
  const applied = new Set<string>();
  const span = opts.to.getTime() - opts.from.getTime();
  const times = Array.from({ length: opts.sessions }, () => opts.from.getTime() + rng.next() * span).sort((a, b) => a - b);
  const sessions: SimulatedSession[] = [];
  for (const t of times) {
    const explored = rng.chance(opts.exploreShare);
    const slate = explored ? shuffled(usable, rng).slice(0, opts.listLength) : usable.slice(0, opts.listLength);
    const served = slate.map((c, i) => ({ ...c, rank: i + 1 }));
    const events: SimulatedSession['events'] = [];
    let at = t + 5_000;
    for (const item of served) {
      if (!rng.chance(1 / item.rank ** 0.8)) continue;
      const u = utility.get(item.productId)!;
      events.push({ productId: item.productId, kind: 'VIEW', at: new Date((at += 4_000)) });
      if (!rng.chance(sigma(u + 0.5))) continue;
      events.push({ productId: item.productId, kind: 'CLICK', at: new Date((at += 6_000)) });
      if (applied.has(item.productId) || !rng.chance(sigma(u - 1) / sigma(u + 0.5))) continue;
      applied.add(item.productId);
      events.push({ productId: item.productId, kind: 'APPLY', at: new Date((at += 60_000)) });
      if (rng.chance(0.3 + 0.65 * (item.components?.APPROVAL_LIKELIHOOD ?? 0))) {
        events.push({ productId: item.productId, kind: 'APPROVE', at: new Date(at + 86_400_000) });
      }
    }
    sessions.push({ servedAt: new Date(t), served, explored, events });
  }
  return sessions;
}

function shuffled<T>(items: readonly T[], rng: Random): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
