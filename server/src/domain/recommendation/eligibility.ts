// Hard eligibility of a product for a profile. A product that fails any rule is never recommended.
//
// The rules live once, in failedRules(), which returns a bitmask and allocates nothing, so that
// the engine can call it for every product on every request. checkEligibility() wraps it for
// callers that want the failed rules spelled out, or the margins an eligible profile has.
import { canonicalRegion } from '../reference.js';
import { formatInr } from './format.js';
import type { CatalogProduct, CustomerProfile } from './types.js';
import { CREDIT_BUILDER_MAX_SCORE, CREDIT_BUILDER_TAG, UNKNOWN_AGE_CORE_BAND } from './weights.js';

export const ELIGIBILITY_RULES = [
  'KIND',
  'ALREADY_HELD',
  'INCOME',
  'NEW_TO_CREDIT',
  'CREDIT_SCORE',
  'AGE',
  'REGION',
  'ESTABLISHED_CREDIT',
] as const;
export type EligibilityRule = (typeof ELIGIBILITY_RULES)[number];

const BIT = {
  KIND: 1 << 0,
  ALREADY_HELD: 1 << 1,
  INCOME: 1 << 2,
  NEW_TO_CREDIT: 1 << 3,
  CREDIT_SCORE: 1 << 4,
  AGE: 1 << 5,
  REGION: 1 << 6,
  ESTABLISHED_CREDIT: 1 << 7,
} as const satisfies Record<EligibilityRule, number>;

/** The facts of a product that eligibility reads. */
export interface EligibilityProduct {
  id: string;
  customerKind: CatalogProduct['customerKind'];
  minIncome: number;
  minScore: number | null;
  minAge: number | null;
  maxAge: number | null;
  regions: readonly string[];
  tags: readonly string[];
}

/** The facts of a profile that eligibility reads, prepared once per request. */
export interface EligibilitySubject {
  kind: CustomerProfile['kind'];
  age: number | null;
  annualIncome: number;
  creditScore: number | null;
  /** Canonical region name (see canonicalRegion). */
  region: string;
  held: ReadonlySet<string>;
}

export function eligibilitySubject(profile: CustomerProfile): EligibilitySubject {
  return {
    kind: profile.kind,
    age: profile.age,
    annualIncome: profile.annualIncome,
    creditScore: profile.creditScore,
    region: canonicalRegion(profile.region) ?? profile.region,
    held: new Set(profile.heldProductIds),
  };
}

/** Bitmask of the rules the product fails for the subject; 0 means eligible. Allocation-free. */
export function failedRules(s: EligibilitySubject, p: EligibilityProduct): number {
  let failed = 0;
  // Kind: ANY matches both kinds.
  if (p.customerKind !== 'ANY' && p.customerKind !== s.kind) failed |= BIT.KIND;
  // Already held: never recommend what the customer has.
  if (s.held.has(p.id)) failed |= BIT.ALREADY_HELD;
  // Income (revenue for a business).
  if (!(s.annualIncome >= p.minIncome)) failed |= BIT.INCOME;
  // Score: a product with a minimum score is closed to customers new to credit.
  if (p.minScore != null) {
    if (s.creditScore == null) failed |= BIT.NEW_TO_CREDIT;
    else if (s.creditScore < p.minScore) failed |= BIT.CREDIT_SCORE;
  }
  // Age band: individuals only (a business has no age).
  if (s.kind === 'INDIVIDUAL' && (p.minAge != null || p.maxAge != null)) {
    if (s.age == null) {
      // An unknown age passes a band that admits all core working ages (see UNKNOWN_AGE_CORE_BAND).
      if ((p.minAge != null && p.minAge > UNKNOWN_AGE_CORE_BAND.from) || (p.maxAge != null && p.maxAge < UNKNOWN_AGE_CORE_BAND.to)) {
        failed |= BIT.AGE;
      }
    } else if ((p.minAge != null && s.age < p.minAge) || (p.maxAge != null && s.age > p.maxAge)) {
      failed |= BIT.AGE;
    }
  }
  // Credit-builder products exist to start or repair a record: not for an established good one.
  if (s.creditScore != null && s.creditScore >= CREDIT_BUILDER_MAX_SCORE && p.tags.includes(CREDIT_BUILDER_TAG)) {
    failed |= BIT.ESTABLISHED_CREDIT;
  }
  // Region: an empty list means everywhere.
  if (p.regions.length > 0 && !regionListed(p.regions, s.region)) failed |= BIT.REGION;
  return failed;
}

function regionListed(regions: readonly string[], region: string): boolean {
  for (let i = 0; i < regions.length; i++) if (regions[i] === region) return true;
  // Tolerate a differently cased spelling in the catalog; only reached when the exact match failed.
  const wanted = region.toLowerCase();
  for (let i = 0; i < regions.length; i++) if (regions[i].trim().toLowerCase() === wanted) return true;
  return false;
}

export interface EligibilityMargins {
  /** Income over the product's minimum (2.4 means 2.4×); null when the product has no minimum income. */
  incomeRatio: number | null;
  /** Score points above the product's minimum score; null when it has none or the customer has no score. */
  scoreHeadroom: number | null;
}

export function eligibilityMargins(s: Pick<EligibilitySubject, 'annualIncome' | 'creditScore'>, p: EligibilityProduct): EligibilityMargins {
  return {
    incomeRatio: p.minIncome > 0 ? s.annualIncome / p.minIncome : null,
    scoreHeadroom: p.minScore != null && s.creditScore != null ? s.creditScore - p.minScore : null,
  };
}

export interface EligibilityFailure {
  rule: EligibilityRule;
  message: string;
}

export type EligibilityResult =
  | { eligible: true; margins: EligibilityMargins }
  | { eligible: false; failed: EligibilityFailure[] };

/** Eligibility with the failed rules spelled out, in the order of ELIGIBILITY_RULES. */
export function checkEligibility(profile: CustomerProfile | EligibilitySubject, product: EligibilityProduct): EligibilityResult {
  const s = 'heldProductIds' in profile ? eligibilitySubject(profile) : profile;
  const mask = failedRules(s, product);
  if (mask === 0) return { eligible: true, margins: eligibilityMargins(s, product) };
  const failed: EligibilityFailure[] = [];
  for (const rule of ELIGIBILITY_RULES) if (mask & BIT[rule]) failed.push({ rule, message: failureMessage(rule, s, product) });
  return { eligible: false, failed };
}

/** The rules named by a failedRules() mask. */
export function rulesOf(mask: number): EligibilityRule[] {
  return ELIGIBILITY_RULES.filter((r) => (mask & BIT[r]) !== 0);
}

function failureMessage(rule: EligibilityRule, s: EligibilitySubject, p: EligibilityProduct): string {
  const incomeWord = s.kind === 'BUSINESS' ? 'revenue' : 'income';
  switch (rule) {
    case 'KIND':
      return p.customerKind === 'BUSINESS' ? 'Offered to businesses only' : 'Offered to individuals only';
    case 'ALREADY_HELD':
      return 'Already held';
    case 'INCOME':
      return `Annual ${incomeWord} of ${formatInr(s.annualIncome)} is below the minimum of ${formatInr(p.minIncome)}`;
    case 'NEW_TO_CREDIT':
      return `Needs a credit score of at least ${p.minScore}; not open to customers new to credit`;
    case 'CREDIT_SCORE':
      return `Credit score ${s.creditScore} is below the minimum of ${p.minScore}`;
    case 'AGE': {
      const band =
        p.minAge != null && p.maxAge != null
          ? `${p.minAge} to ${p.maxAge}`
          : p.minAge != null
            ? `${p.minAge} or over`
            : `up to ${p.maxAge}`;
      return s.age == null ? `Open to ages ${band}; the age is not known` : `Open to ages ${band}; the customer is ${s.age}`;
    }
    case 'REGION':
      return `Not offered in ${s.region} (only ${p.regions.join(', ')})`;
    case 'ESTABLISHED_CREDIT':
      return `A credit-builder product; a credit score of ${s.creditScore} is already established`;
  }
}
