// What-if scenarios: a customer's profile with some facts changed, and the side-by-side difference
// of the recommendations and of the credit decision. Pure: no GraphQL, no SQL.
import { fail, PROFILE_LIMITS, type Validated } from '../profile-input.js';
import { CREDIT_SCORE_MAX, CREDIT_SCORE_MIN, REGIONS, canonicalRegion, type Region } from '../reference.js';
import { checkEligibility, type EligibilityProduct } from '../recommendation/eligibility.js';
import { formatInr } from '../recommendation/format.js';
import type { CustomerProfile, ReasonOut, ScoredProduct } from '../recommendation/types.js';
import type { DecisionDraft, ReasonCode } from '../credit/decision.js';

/** The input as it arrives from GraphQL (ScenarioChanges). */
export interface ScenarioChangesLike {
  annualIncome?: number | null;
  creditScore?: number | null;
  newToCredit?: boolean | null;
  goals?: string | null;
  region?: string | null;
  age?: number | null;
}

/** Validated changes; an absent key is left as on record. creditScore null: new to credit. */
export interface ScenarioChanges {
  annualIncome?: number;
  creditScore?: number | null;
  goals?: string;
  region?: Region;
  age?: number;
}

/** The profile facts a scenario can change (customer rows and engine profiles both have them). */
export interface ScenarioFacts {
  kind: string;
  annualIncome: number;
  creditScore: number | null;
  goals: string;
  region: string;
  age: number | null;
}

export interface ScenarioChange {
  field: keyof ScenarioChanges;
  from: string;
  to: string;
}

export interface RecommendationChange {
  productId: string;
  rankBefore: number | null;
  rankAfter: number | null;
  confidenceBefore: number | null;
  confidenceAfter: number | null;
  why: string[];
}

export interface DecisionChange {
  outcomeBefore: DecisionDraft['outcome'];
  outcomeAfter: DecisionDraft['outcome'];
  approvedAmountBefore: number | null;
  approvedAmountAfter: number | null;
  creditLimitBefore: number | null;
  creditLimitAfter: number | null;
  probabilityOfDefaultBefore: number;
  probabilityOfDefaultAfter: number;
  scoreBefore: number;
  scoreAfter: number;
  reasonsAppeared: ReasonCode[];
  reasonsDisappeared: ReasonCode[];
}

/** Checks the changes; the first error names its field under `path` ("changes.annualIncome"). */
export function validateScenarioChanges(input: ScenarioChangesLike, kind: string, path = 'changes'): Validated<ScenarioChanges> {
  const f = (name: string) => `${path}.${name}`;
  const out: ScenarioChanges = {};
  if (input.annualIncome != null) {
    const v = input.annualIncome;
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(f('annualIncome'), 'annualIncome must be a finite number');
    if (v < 0) return fail(f('annualIncome'), 'annualIncome must not be negative');
    out.annualIncome = v;
  }
  if (input.creditScore != null && input.newToCredit === true) {
    return fail(f('creditScore'), 'give either creditScore or newToCredit, not both');
  }
  if (input.creditScore != null) {
    const v = input.creditScore;
    if (!Number.isInteger(v)) return fail(f('creditScore'), 'creditScore must be a whole number');
    if (v < CREDIT_SCORE_MIN || v > CREDIT_SCORE_MAX) {
      return fail(f('creditScore'), `creditScore must be between ${CREDIT_SCORE_MIN} and ${CREDIT_SCORE_MAX}; use newToCredit for no score`);
    }
    out.creditScore = v;
  } else if (input.newToCredit === true) {
    out.creditScore = null;
  }
  if (input.goals != null) {
    const goals = input.goals.trim();
    if (goals.length > PROFILE_LIMITS.maxGoalsLength) return fail(f('goals'), `goals must be at most ${PROFILE_LIMITS.maxGoalsLength} characters, got ${goals.length}`);
    out.goals = goals;
  }
  if (input.region != null) {
    const region = canonicalRegion(input.region);
    if (!region) return fail(f('region'), `unknown region "${input.region}"; one of ${REGIONS.join(', ')}`);
    out.region = region;
  }
  if (input.age != null) {
    const v = input.age;
    if (kind !== 'INDIVIDUAL') return fail(f('age'), 'a business has no age');
    if (!Number.isInteger(v) || v < PROFILE_LIMITS.minAge || v > PROFILE_LIMITS.maxAge) {
      return fail(f('age'), `age must be a whole number from ${PROFILE_LIMITS.minAge} to ${PROFILE_LIMITS.maxAge}`);
    }
    out.age = v;
  }
  if (Object.keys(out).length === 0) return fail(path, 'give at least one change (annualIncome, creditScore, newToCredit, goals, region or age)');
  return { ok: true, value: out };
}

/** A copy of `facts` with the changes applied. */
export function applyChanges<T extends ScenarioFacts>(facts: T, changes: ScenarioChanges): T {
  const out = { ...facts };
  if (changes.annualIncome !== undefined) out.annualIncome = changes.annualIncome;
  if (changes.creditScore !== undefined) out.creditScore = changes.creditScore;
  if (changes.goals !== undefined) out.goals = changes.goals;
  if (changes.region !== undefined) out.region = changes.region;
  if (changes.age !== undefined) out.age = changes.age;
  return out;
}

/** The fields whose value the changes really alter, formatted for display. */
export function describeChanges(facts: ScenarioFacts, changes: ScenarioChanges): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  const push = (field: keyof ScenarioChanges, from: string, to: string) => {
    if (from !== to) out.push({ field, from, to });
  };
  if (changes.annualIncome !== undefined) push('annualIncome', formatInr(facts.annualIncome), formatInr(changes.annualIncome));
  if (changes.creditScore !== undefined) push('creditScore', scoreText(facts.creditScore), scoreText(changes.creditScore));
  if (changes.goals !== undefined) push('goals', facts.goals.trim() || 'none', changes.goals || 'none');
  if (changes.region !== undefined) push('region', canonicalRegion(facts.region) ?? facts.region, changes.region);
  if (changes.age !== undefined) push('age', facts.age == null ? 'unknown' : String(facts.age), String(changes.age));
  return out;
}

function scoreText(s: number | null): string {
  return s == null ? 'none (new to credit)' : String(s);
}

const REASON_LABELS: Record<string, string> = {
  NEED_MATCH: 'need match',
  PEER_UPTAKE: "similar customers' uptake",
  PRODUCT_GAP: 'product gap',
  ELIGIBILITY_MARGIN: 'eligibility margin',
  APPROVAL_LIKELIHOOD: 'approval likelihood',
  INTEREST_MATCH: 'stated interests',
};
/** A reason's weight must move by this much (share of the score) to be cited. */
const WEIGHT_MOVE = 0.02;

/**
 * Products whose rank or confidence moved, or that entered or left the top k, with why: the
 * eligibility rules that were failed and are now met (or the reverse) and the recommendation
 * reasons that appeared, disappeared or changed weight. Ordered by after-rank, then before-rank.
 */
export function diffRecommendations(
  before: readonly ScoredProduct[],
  after: readonly ScoredProduct[],
  profiles: { before: CustomerProfile; after: CustomerProfile },
  productOf: (id: string) => EligibilityProduct | undefined,
  changes: readonly ScenarioChange[] = [],
): RecommendationChange[] {
  const b = new Map(before.map((r) => [r.productId, r]));
  const a = new Map(after.map((r) => [r.productId, r]));
  const ids = [...new Set([...after.map((r) => r.productId), ...before.map((r) => r.productId)])];
  const out: RecommendationChange[] = [];
  for (const id of ids) {
    const rb = b.get(id);
    const ra = a.get(id);
    if (rb && ra && rb.rank === ra.rank && Math.abs(rb.confidence - ra.confidence) < 0.5) continue;
    const why: string[] = [];
    const product = productOf(id);
    if (product) why.push(...eligibilityWhy(product, profiles.before, profiles.after));
    why.push(...reasonWhy(rb?.reasons ?? [], ra?.reasons ?? [], changes));
    if (why.length === 0) {
      if (!ra) why.push('Moved out of the top list: other products now rank higher.');
      else if (!rb) why.push('Entered the top list: products above it moved down or dropped out.');
      else why.push(ra.rank < rb.rank ? 'Moved up as other products moved down.' : 'Moved down as other products moved up.');
    }
    out.push({
      productId: id,
      rankBefore: rb?.rank ?? null,
      rankAfter: ra?.rank ?? null,
      confidenceBefore: rb?.confidence ?? null,
      confidenceAfter: ra?.confidence ?? null,
      why,
    });
  }
  return out.sort((x, y) => (x.rankAfter ?? Infinity) - (y.rankAfter ?? Infinity) || (x.rankBefore ?? Infinity) - (y.rankBefore ?? Infinity));
}

function eligibilityWhy(product: EligibilityProduct, before: CustomerProfile, after: CustomerProfile): string[] {
  const eb = checkEligibility(before, product);
  const ea = checkEligibility(after, product);
  const failedBefore = eb.eligible ? [] : eb.failed;
  const failedAfter = ea.eligible ? [] : ea.failed;
  const out: string[] = [];
  for (const f of failedBefore) {
    if (!failedAfter.some((g) => g.rule === f.rule)) out.push(`Eligibility now met (${f.rule.toLowerCase().replace(/_/g, ' ')}): before, ${lowerFirst(f.message)}`);
  }
  for (const f of failedAfter) {
    if (!failedBefore.some((g) => g.rule === f.rule)) out.push(`No longer eligible: ${lowerFirst(f.message)}`);
  }
  return out;
}

function reasonWhy(before: readonly ReasonOut[], after: readonly ReasonOut[], changes: readonly ScenarioChange[]): string[] {
  const out: string[] = [];
  const goalsChanged = changes.some((c) => c.field === 'goals');
  const codes = [...new Set([...after.map((r) => r.code), ...before.map((r) => r.code)])];
  for (const code of codes) {
    const rb = before.find((r) => r.code === code);
    const ra = after.find((r) => r.code === code);
    const label = REASON_LABELS[code] ?? code.toLowerCase().replace(/_/g, ' ');
    const cause = code === 'NEED_MATCH' && goalsChanged ? ' (changed by the new goals)' : '';
    if (ra && !rb) out.push(`New reason, ${label}${cause}: ${ra.text}`);
    else if (rb && !ra) out.push(`No longer a reason, ${label}${cause}: ${rb.text}`);
    else if (ra && rb && Math.abs(ra.weight - rb.weight) >= WEIGHT_MOVE) {
      out.push(`${upperFirst(label)} ${ra.weight > rb.weight ? 'counts more' : 'counts less'} (${pct(rb.weight)} → ${pct(ra.weight)} of the score)${cause}: ${ra.text}`);
    }
  }
  return out;
}

/** The decision before and after, and the reasons (by code) that appeared or disappeared. */
export function diffDecisions(before: DecisionDraft, after: DecisionDraft): DecisionChange {
  const codesBefore = new Set(before.reasons.map((r) => r.code));
  const codesAfter = new Set(after.reasons.map((r) => r.code));
  return {
    outcomeBefore: before.outcome,
    outcomeAfter: after.outcome,
    approvedAmountBefore: before.approvedAmount,
    approvedAmountAfter: after.approvedAmount,
    creditLimitBefore: before.creditLimit,
    creditLimitAfter: after.creditLimit,
    probabilityOfDefaultBefore: before.probabilityOfDefault,
    probabilityOfDefaultAfter: after.probabilityOfDefault,
    scoreBefore: before.score,
    scoreAfter: after.score,
    reasonsAppeared: after.reasons.filter((r) => !codesBefore.has(r.code)),
    reasonsDisappeared: before.reasons.filter((r) => !codesAfter.has(r.code)),
  };
}

function pct(w: number): string {
  return `${Math.round(w * 100)}%`;
}
function lowerFirst(s: string): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}
function upperFirst(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}
