// The facts a cluster is described by: medians and shares over its members' raw features, in
// words ("median income ₹18 L", "savings rate 32%"), the ones behind its standout features first.
import { FEATURE_NAMES, type FeatureVector } from './features.js';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Indian money in lakh and crore: ₹18 L, ₹1.2 Cr, ₹45,000. */
export function rupees(x: number): string {
  if (x >= 1e7) return `₹${(x / 1e7).toFixed(x >= 1e8 ? 0 : 1)} Cr`;
  if (x >= 1e5) return `₹${(x / 1e5).toFixed(x >= 1e6 ? 0 : 1)} L`;
  return `₹${Math.round(x).toLocaleString('en-IN')}`;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

type Stat = (values: number[]) => string | null;

/** One fact per feature: how to summarise it over the members. */
const FACTS: Readonly<Record<string, Stat>> = {
  annualIncome: (v) => fmt(median(v), (m) => `median income ${rupees(m)}`),
  age: (v) => fmt(median(v), (m) => `median age ${Math.round(m)}`),
  yearsInBusiness: (v) => fmt(median(v), (m) => `median ${Math.round(m)} years in business`),
  business: (v) => fmt(mean(v), (m) => `${pct(m)} businesses`),
  creditScore: (v) => fmt(median(v), (m) => `median credit score ${Math.round(m)}`),
  newToCredit: (v) => fmt(mean(v), (m) => `${pct(m)} new to credit`),
  inflowVariability: (v) => fmt(median(v), (m) => `income variability ${m.toFixed(2)}`),
  savingsRate: (v) => fmt(median(v), (m) => `savings rate ${pct(m)}`),
  digitalShare: (v) => fmt(median(v), (m) => `${pct(m)} of payments by UPI or card`),
  lifestyleSpend: (v) => fmt(median(v), (m) => `${pct(m)} of spending on travel, dining and shopping`),
  farmSpend: (v) => fmt(median(v), (m) => `${pct(m)} of spending on farm inputs`),
  debtService: (v) => fmt(median(v), (m) => `${pct(m)} of spending on EMIs`),
  products: (v) => fmt(mean(v), (m) => `${m.toFixed(1)} products on average`),
  creditProducts: (v) => fmt(mean(v), (m) => `${m.toFixed(1)} credit products on average`),
  investmentProducts: (v) => fmt(mean(v), (m) => `${m.toFixed(1)} investments on average`),
  depositBalance: (v) => fmt(median(v), (m) => `median deposits ${rupees(m)}`),
};

function fmt(x: number | null, f: (x: number) => string): string | null {
  return x === null || !Number.isFinite(x) ? null : f(x);
}

/**
 * Facts of one cluster: the median income and savings rate, then those of its standout features
 * (largest |z| first), at most `max`.
 */
export function clusterFacts(members: readonly FeatureVector[], standout: readonly { feature: string }[], max = 5): string[] {
  // Income and savings rate always lead: the two figures a person compares clusters by first.
  const features = [...new Set(['annualIncome', 'savingsRate', ...standout.map((s) => s.feature)])];
  const out: string[] = [];
  for (const feature of features) {
    const j = FEATURE_NAMES.indexOf(feature);
    const stat = FACTS[feature];
    if (j < 0 || !stat) continue;
    const values = members.map((m) => m[j]).filter((v): v is number => v !== null && Number.isFinite(v));
    const fact = stat(values);
    if (fact) out.push(fact);
    if (out.length >= max) break;
  }
  return out;
}
