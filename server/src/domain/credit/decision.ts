// From a scored application to a decision: policy knock-outs, fraud referrals, affordability,
// pricing, counter-offers and the counterfactuals that say what would change the outcome.
// Pure: the caller gathers the facts (features, bureau reply, fraud checks) and stores the result.
import type { FeatureValues } from '../../../../drizzle/schema.js';
import type { BureauReport } from '../../bureau/report.js';
import { formatInr } from '../recommendation/format.js';
import {
  affordabilityInstalment,
  aprFor,
  monthlySchedule,
  monthlyInstalment,
  round2,
  roundOfferAmount,
  seasonalSchedule,
  type CreditTerms,
  type ScheduledPayment,
  type TermsProduct,
} from './credit-terms.js';
import { gradeFor, type CreditPolicy } from './policy.js';

export type DecisionOutcome = 'APPROVE' | 'DECLINE' | 'REFER' | 'COUNTER_OFFER';

export interface ScoredContribution {
  feature: string;
  value: number | string | null;
  bin: string;
  points: number;
  maxPoints: number;
  pointsLost: number;
}

export interface ScoreOutcome {
  /** Exact sum of the contributions' points. */
  score: number;
  pd: number;
  contributions: ScoredContribution[];
}

/** The active risk model, as the decision needs it. */
export interface Scorer {
  version: string;
  score(features: FeatureValues): ScoreOutcome;
  /** Probability of default at a given score (the inverse of the scaling). */
  pdAtScore(score: number): number;
}

/** How features are named and worded (the feature catalog). */
export interface FeatureWording {
  code(feature: string): string;
  label(feature: string): string;
  /** A plain-language reason about the applicant's value. */
  reason(feature: string, value: number | string | null): string;
  /** What the applicant could do to improve it, e.g. "paying every bill on time for 6 months"; null if nothing. */
  hint(feature: string): string | null;
  formatValue(feature: string, value: number | string | null): string | null;
}

export interface ReasonCode {
  code: string;
  feature: string;
  value: string | null;
  /** Points lost against the best attainable (≤ 0); 0 for policy and fraud reasons. */
  contribution: number;
  text: string;
  source: 'SCORE' | 'POLICY' | 'FRAUD';
}

export interface CounterOffer {
  kind: 'SMALLER_AMOUNT' | 'LONGER_TERM' | 'SEASONAL_SCHEDULE' | 'RESTRUCTURING';
  amount: number;
  termMonths: number;
  monthlyInstalment: number;
  text: string;
}

export interface FraudFacts {
  anomalyScore: number;
  flags: string[];
  explanations: string[];
  ring: { applicants: number; applications: number; sharedKinds: string[]; flagged: boolean; reason: string | null } | null;
}

/** What the applicant's data says, beyond the model features. */
export interface ApplicantFacts {
  kind: 'INDIVIDUAL' | 'BUSINESS';
  age: number | null;
  annualIncome: number;
  /** Monthly income for affordability: observed in transactions where there are any, else declared. */
  monthlyIncome: number;
  /** Existing debt payments a month (EMIs seen in transactions, or the bureau's figure if larger). */
  monthlyObligations: number;
  /** Outstanding debt, for a restructuring offer; null when unknown. */
  outstandingDebt: number | null;
  /** Income arrives in a few months of the year (harvests): loans are repaid in those months. */
  seasonalIncome: boolean;
  /** Months (1-12) in which income arrives, for seasonal schedules. */
  incomeMonths: number[];
  /** Signs of financial distress found in the transactions, worded; empty when none. */
  distressSignals: string[];
  /** Payments bounced although the balance would have covered them, worded; empty when none. */
  wilfulSignals: string[];
  /** Reasons the product's eligibility rules refuse the applicant (other than already holding it). */
  ineligible: string[];
}

export interface DecisionRequest {
  amount: number;
  termMonths: number;
  product: TermsProduct & { name: string };
  terms: CreditTerms;
  applicant: ApplicantFacts;
  bureau: { used: boolean; report: BureauReport | null };
  fraud: FraudFacts;
  /** The model features for the given terms (loan-to-income and debt-to-income depend on them). */
  features(amount: number, termMonths: number, instalment: number): FeatureValues;
  scorer: Scorer;
  wording: FeatureWording;
  policy: CreditPolicy;
  now: Date;
}

export interface DecisionDraft {
  outcome: DecisionOutcome;
  probabilityOfDefault: number;
  score: number;
  grade: string;
  reasons: ReasonCode[];
  counterfactuals: string[];
  approvedAmount: number | null;
  creditLimit: number | null;
  monthlyInstalment: number | null;
  aprPercent: number | null;
  counterOffer: CounterOffer | null;
  repaymentSchedule: ScheduledPayment[];
  contributions: ScoredContribution[];
  fraudFlags: string[];
  /** The features of the requested terms, as scored. */
  features: FeatureValues;
  /** Debt-to-income of the requested terms, new instalment included. */
  debtToIncome: number;
}

const MAX_REASONS = 4;
/** Grade multipliers of the card limit (A gets cardLimitIncomeShare of income, E nothing). */
const GRADE_LIMIT_FACTOR = [1, 0.75, 0.5, 0.3, 0];
/** A restructuring keeps all debt payments under this share of income. */
const RESTRUCTURING_TARGET_DTI = 0.35;
const RESTRUCTURING_MAX_TERM = 60;

interface Evaluation {
  amount: number;
  termMonths: number;
  features: FeatureValues;
  scored: ScoreOutcome;
  grade: string;
  debtToIncome: number;
  /** Why these terms are not approvable as they stand; empty when they are. */
  blockers: ('PD' | 'AFFORDABILITY' | 'NO_BUREAU_CAP')[];
}

export function decide(req: DecisionRequest): DecisionDraft {
  const { policy, applicant, terms } = req;
  const hasBureauScore = req.bureau.used && req.bureau.report?.hit === true && req.bureau.report.score != null;
  // Features use the middle of the product's APR range: pricing depends on the grade, which
  // depends on the score, and the score must not depend on itself.
  const featureApr = aprFor(req.product, 0.5);

  const evaluate = (amount: number, termMonths: number): Evaluation => {
    const instalment = affordabilityInstalment(terms, amount, termMonths, featureApr);
    const features = req.features(amount, termMonths, instalment);
    const scored = req.scorer.score(features);
    const debtToIncome = applicant.monthlyIncome > 0 ? (applicant.monthlyObligations + instalment) / applicant.monthlyIncome : Infinity;
    const blockers: Evaluation['blockers'] = [];
    if (scored.pd > policy.approveMaxPd) blockers.push('PD');
    if (debtToIncome > policy.maxDebtToIncome) blockers.push('AFFORDABILITY');
    if (!hasBureauScore && !terms.revolving && amount > policy.noBureauMaxAmount) blockers.push('NO_BUREAU_CAP');
    return { amount, termMonths, features, scored, grade: gradeFor(policy, scored.score), debtToIncome, blockers };
  };

  const asked = evaluate(req.amount, req.termMonths);
  const policyReasons: ReasonCode[] = [];
  const counterfactuals: string[] = [];
  const fraudFlags = [...req.fraud.flags];
  let outcome: DecisionOutcome | null = null;
  let offer: Evaluation | null = null;
  let counterOffer: CounterOffer | null = null;

  // 1. Knock-outs: no amount or term changes these.
  if (applicant.kind === 'INDIVIDUAL' && applicant.age != null && applicant.age < policy.minAge) {
    outcome = 'DECLINE';
    policyReasons.push(policyReason('POL_MIN_AGE', 'age', String(applicant.age), `The applicant is under the minimum age of ${policy.minAge}`));
  }
  if (policy.declineWilfulDefaulters && req.bureau.report?.willfulDefaulter) {
    outcome = 'DECLINE';
    policyReasons.push(
      policyReason('POL_WILFUL_DEFAULT', 'bureau_wilful_default', 'yes', 'The credit bureau reports a wilful default: credit was not repaid although the borrower was able to pay'),
    );
  }
  if (outcome === 'DECLINE') {
    counterfactuals.push('No change of amount or term would change this decision: it follows from the policy rules above.');
  }

  // 2. Referrals: a person looks at unwillingness and fraud signals before any credit is granted.
  if (outcome === null && applicant.wilfulSignals.length > 0) {
    outcome = 'REFER';
    policyReasons.push(policyReason('POL_WILFUL_SIGNAL', 'wilful_nonpayment', null, `Payments were missed although the balance covered them (${applicant.wilfulSignals.join('; ')})`));
  }
  // Fraud signals are reported whatever else decided; they refer an application no rule declined.
  if (req.fraud.ring?.flagged) {
    fraudFlags.push('FRAUD_RING');
    if (policy.referFraudRings) {
      if (outcome === null) outcome = 'REFER';
      policyReasons.push(fraudReason('FRD_RING', 'fraud_ring', String(req.fraud.ring.applicants), req.fraud.ring.reason ?? 'The application shares identifiers with a suspected fraud ring'));
    }
  }
  if (req.fraud.anomalyScore >= policy.referAnomalyScore) {
    if (outcome === null) outcome = 'REFER';
    const why = req.fraud.explanations.length > 0 ? req.fraud.explanations.join('; ') : 'The application is unusual for this customer';
    policyReasons.push(fraudReason('FRD_ANOMALY', 'anomaly_score', req.fraud.anomalyScore.toFixed(2), why));
  }
  if (outcome === 'REFER') counterfactuals.push('A credit officer will review the application; it cannot be approved automatically.');

  // 3. Distress: new credit would deepen it; offer to restructure what is owed instead.
  if (outcome === null && applicant.distressSignals.length > 0) {
    const restructuring = restructuringOffer(req, featureApr);
    policyReasons.push(
      policyReason('POL_FINANCIAL_DISTRESS', 'distress', null, `Signs of financial distress: ${applicant.distressSignals.join('; ')}. New credit is not offered; a restructuring of existing debt is`),
    );
    if (restructuring) {
      outcome = 'COUNTER_OFFER';
      counterOffer = restructuring;
      counterfactuals.push('Twelve months without missed bills or payday loans would make new credit possible again.');
    } else {
      outcome = 'REFER';
    }
  }

  // 4. The product's own eligibility rules (a restructuring above does not need them).
  if (outcome === null && applicant.ineligible.length > 0) {
    outcome = 'DECLINE';
    for (const message of applicant.ineligible) policyReasons.push(policyReason('POL_PRODUCT_ELIGIBILITY', 'eligibility', null, `${req.product.name}: ${message}`));
    counterfactuals.push('No change of amount or term would change this decision: the product is not open to this applicant.');
  }

  // 5. Creditworthiness and affordability of the requested terms, then of other terms.
  if (outcome === null) {
    if (asked.blockers.length === 0) {
      outcome = 'APPROVE';
      offer = asked;
    } else {
      // The amount asked for over a longer term first (a lower instalment lowers debt-to-income,
      // and with it the risk), then a smaller amount over the term asked for.
      const longer = terms.revolving || asked.blockers.includes('NO_BUREAU_CAP') ? null : findLongerTerm(asked, terms, evaluate);
      const smaller = longer ? null : findLargestAmount(asked, terms, evaluate);
      if (longer) {
        outcome = 'COUNTER_OFFER';
        offer = longer;
      } else if (smaller && terms.revolving) {
        // A card approved at a lower limit is still an approval of the card.
        outcome = 'APPROVE';
        offer = smaller;
      } else if (smaller) {
        outcome = 'COUNTER_OFFER';
        offer = smaller;
      } else {
        outcome = asked.scored.pd <= policy.referMaxPd && !asked.blockers.includes('AFFORDABILITY') ? 'REFER' : 'DECLINE';
      }
      for (const blocker of asked.blockers) policyReasons.push(blockerReason(blocker, asked, req));
    }
  }

  // Grade position: 0 is the best band. Card limits and prices follow it.
  const gradeIndex = (g: string) => Math.max(0, policy.gradeBands.findIndex((b) => b.grade === g));
  const pricePosition = (g: string) => gradeIndex(g) / Math.max(1, policy.gradeBands.length - 1);

  // Card limits follow income and grade, whatever was asked.
  let creditLimit: number | null = null;
  if (offer && terms.revolving) {
    const factor = GRADE_LIMIT_FACTOR[Math.min(gradeIndex(offer.grade), GRADE_LIMIT_FACTOR.length - 1)];
    let cap = roundOfferAmount(applicant.annualIncome * policy.cardLimitIncomeShare * factor);
    if (!hasBureauScore) cap = Math.min(cap, policy.noBureauMaxAmount);
    creditLimit = Math.min(offer.amount, cap);
    if (creditLimit < terms.minAmount) {
      outcome = outcome === 'APPROVE' ? 'DECLINE' : outcome;
      creditLimit = null;
      offer = null;
      policyReasons.push(policyReason('POL_CARD_LIMIT', 'credit_limit', null, `The limit this income and grade allow is below the card's minimum of ${formatInr(terms.minAmount)}`));
    } else if (creditLimit < req.amount) {
      policyReasons.push(
        policyReason('POL_CARD_LIMIT', 'credit_limit', formatInr(creditLimit), `A limit of ${formatInr(creditLimit)} is granted instead of ${formatInr(req.amount)}, from income, grade${hasBureauScore ? '' : ' and the lack of a bureau score'}`),
      );
    }
  }

  let approvedAmount: number | null = null;
  let instalment: number | null = null;
  let apr: number | null = null;
  let schedule: ScheduledPayment[] = [];
  if (offer) {
    approvedAmount = creditLimit ?? offer.amount;
    apr = aprFor(req.product, pricePosition(offer.grade));
    if (terms.revolving) {
      instalment = round2(approvedAmount * 0.05);
    } else if (terms.seasonal || applicant.seasonalIncome) {
      schedule = seasonalSchedule(approvedAmount, offer.termMonths, apr, req.now, applicant.incomeMonths);
      instalment = round2(monthlyInstalment(approvedAmount, offer.termMonths, apr));
    } else {
      schedule = monthlySchedule(approvedAmount, offer.termMonths, apr, req.now);
      instalment = schedule[0]?.amount ?? null;
    }
    if (outcome === 'COUNTER_OFFER') counterOffer = describeOffer(req, offer, approvedAmount, instalment, schedule);
    if (outcome === 'APPROVE' && schedule.length > 0 && (terms.seasonal || applicant.seasonalIncome)) {
      policyReasons.push(policyReason('POL_SEASONAL_SCHEDULE', 'income_seasonality', null, `Repayments fall in the months income arrives (${monthNames(applicant.incomeMonths)})`));
    }
  } else if (counterOffer) {
    approvedAmount = counterOffer.amount;
    instalment = counterOffer.monthlyInstalment;
    apr = aprFor(req.product, pricePosition(asked.grade));
    schedule = monthlySchedule(counterOffer.amount, counterOffer.termMonths, apr, req.now);
  }

  counterfactuals.push(...whatWouldChange(req, asked, outcome, offer, evaluate));

  const scoreReasons = asked.scored.contributions
    .filter((c) => c.pointsLost > 0.05)
    .sort((a, b) => b.pointsLost - a.pointsLost)
    .map<ReasonCode>((c) => ({
      code: req.wording.code(c.feature),
      feature: c.feature,
      value: req.wording.formatValue(c.feature, c.value),
      contribution: -round2(c.pointsLost),
      text: req.wording.reason(c.feature, c.value),
      source: 'SCORE',
    }));
  const reasons = [...policyReasons, ...scoreReasons].slice(0, MAX_REASONS);

  return {
    outcome,
    probabilityOfDefault: asked.scored.pd,
    score: Math.round(asked.scored.score),
    grade: asked.grade,
    reasons,
    counterfactuals: [...new Set(counterfactuals)],
    approvedAmount,
    creditLimit,
    monthlyInstalment: instalment,
    aprPercent: apr,
    counterOffer,
    repaymentSchedule: schedule,
    contributions: asked.scored.contributions,
    fraudFlags: [...new Set(fraudFlags)],
    features: asked.features,
    debtToIncome: asked.debtToIncome,
  };
}

function policyReason(code: string, feature: string, value: string | null, text: string): ReasonCode {
  return { code, feature, value, contribution: 0, text, source: 'POLICY' };
}

function fraudReason(code: string, feature: string, value: string | null, text: string): ReasonCode {
  return { code, feature, value, contribution: 0, text, source: 'FRAUD' };
}

function blockerReason(blocker: Evaluation['blockers'][number], asked: Evaluation, req: DecisionRequest): ReasonCode {
  switch (blocker) {
    case 'PD':
      return policyReason(
        'POL_RISK_THRESHOLD',
        'probability_of_default',
        pct(asked.scored.pd),
        `The estimated probability of default, ${pct(asked.scored.pd)}, is above the approval threshold of ${pct(req.policy.approveMaxPd)}`,
      );
    case 'AFFORDABILITY':
      return policyReason(
        'POL_AFFORDABILITY',
        'debt_to_income',
        pct(asked.debtToIncome),
        `Debt payments would take ${pct(asked.debtToIncome)} of monthly income, above the maximum of ${pct(req.policy.maxDebtToIncome)}`,
      );
    case 'NO_BUREAU_CAP':
      return policyReason(
        'POL_NO_BUREAU_CAP',
        'bureau_score',
        null,
        `Without a bureau score, loans above ${formatInr(req.policy.noBureauMaxAmount)} are not approved automatically`,
      );
  }
}

/** The shortest longer term, within the product's bounds, at which the requested amount is approvable. */
function findLongerTerm(asked: Evaluation, terms: CreditTerms, evaluate: (a: number, t: number) => Evaluation): Evaluation | null {
  const candidates = [12, 18, 24, 36, 48, 60, 72, 84, 120, 180, 240, 300, 360].filter((t) => t > asked.termMonths && t <= terms.maxTermMonths);
  for (const t of candidates) {
    const e = evaluate(asked.amount, t);
    if (e.blockers.length === 0) return e;
  }
  return null;
}

/**
 * The largest amount (rounded as people quote amounts) at the requested term that is approvable,
 * by bisection: risk and affordability only get worse as the amount grows.
 */
function findLargestAmount(asked: Evaluation, terms: CreditTerms, evaluate: (a: number, t: number) => Evaluation): Evaluation | null {
  const atMin = evaluate(terms.minAmount, asked.termMonths);
  if (atMin.blockers.length > 0) return null;
  const best = bisectAmount(atMin, asked.amount, 14, 500, evaluate);
  const rounded = Math.max(terms.minAmount, roundOfferAmount(best.amount));
  const offer = rounded === best.amount ? best : evaluate(rounded, asked.termMonths);
  return offer.blockers.length === 0 && offer.amount < asked.amount ? offer : null;
}

/**
 * Bisection between an approvable evaluation and a larger amount that is not, at the same term:
 * risk and affordability only get worse as the amount grows. Returns the largest approvable found.
 */
function bisectAmount(passing: Evaluation, failingAmount: number, iterations: number, tolerance: number, evaluate: (a: number, t: number) => Evaluation): Evaluation {
  let best = passing;
  let hi = failingAmount;
  for (let i = 0; i < iterations && hi - best.amount > tolerance; i++) {
    const e = evaluate((best.amount + hi) / 2, passing.termMonths);
    if (e.blockers.length === 0) best = e;
    else hi = e.amount;
  }
  return best;
}

/** Existing debt consolidated over a term that keeps all payments affordable. */
function restructuringOffer(req: DecisionRequest, apr: number): CounterOffer | null {
  const { applicant } = req;
  const owed = applicant.outstandingDebt ?? applicant.monthlyObligations * 24;
  if (!(owed > 0) || !(applicant.monthlyIncome > 0)) return null;
  const target = applicant.monthlyIncome * RESTRUCTURING_TARGET_DTI;
  let term = 12;
  while (term < RESTRUCTURING_MAX_TERM && monthlyInstalment(owed, term, apr) > target) term += 6;
  const emi = round2(monthlyInstalment(owed, term, apr));
  const amount = round2(owed);
  const before = applicant.monthlyObligations;
  return {
    kind: 'RESTRUCTURING',
    amount,
    termMonths: term,
    monthlyInstalment: emi,
    text:
      `Instead of new credit: existing debt of about ${formatInr(amount)} restructured into one loan over ${term} months at ${formatInr(emi)} a month` +
      (before > emi ? `, down from ${formatInr(before)} a month today` : ''),
  };
}

function describeOffer(req: DecisionRequest, offer: Evaluation, amount: number, instalment: number | null, schedule: ScheduledPayment[]): CounterOffer {
  const emi = instalment ?? 0;
  if (offer.termMonths !== req.termMonths) {
    return {
      kind: 'LONGER_TERM',
      amount,
      termMonths: offer.termMonths,
      monthlyInstalment: emi,
      text: `${formatInr(amount)} over ${offer.termMonths} months instead of ${req.termMonths}, at ${formatInr(emi)} a month`,
    };
  }
  const seasonal = schedule.length > 0 && schedule.length < offer.termMonths;
  return {
    kind: seasonal ? 'SEASONAL_SCHEDULE' : 'SMALLER_AMOUNT',
    amount,
    termMonths: offer.termMonths,
    monthlyInstalment: emi,
    text: seasonal
      ? `${formatInr(amount)} instead of ${formatInr(req.amount)}, repaid in ${schedule.length} harvest-month payments of ${formatInr(schedule[0].amount)}`
      : `${formatInr(amount)} instead of ${formatInr(req.amount)} over ${offer.termMonths} months, at ${formatInr(emi)} a month`,
  };
}

/** What would change the outcome: other amounts or terms, and the features that cost the most. */
function whatWouldChange(
  req: DecisionRequest,
  asked: Evaluation,
  outcome: DecisionOutcome,
  offer: Evaluation | null,
  evaluate: (a: number, t: number) => Evaluation,
): string[] {
  const out: string[] = [];
  const noun = req.terms.revolving ? 'a limit' : 'a loan';
  if (outcome === 'COUNTER_OFFER' && offer && offer.amount < req.amount) {
    out.push(`${cap(noun)} of ${formatInr(roundOfferAmount(offer.amount))} instead of ${formatInr(req.amount)} would be approved.`);
  }
  if (outcome === 'COUNTER_OFFER' && offer && offer.termMonths !== req.termMonths) {
    out.push(`A term of ${offer.termMonths} months instead of ${req.termMonths} would be approved.`);
  }
  if (outcome === 'APPROVE' && !req.terms.revolving && asked.amount < req.terms.maxAmount) {
    // How far the approval reaches: the largest amount that would still be approved.
    const upper = largestApprovable(asked, req.terms, evaluate);
    if (upper != null && upper > asked.amount) out.push(`${cap(noun)} of up to ${formatInr(upper)} over ${asked.termMonths} months would also be approved.`);
  }
  if (outcome === 'DECLINE' || outcome === 'REFER' || outcome === 'COUNTER_OFFER') {
    // Feature improvements, strongest first: the score each one would add, and whether that is enough.
    const lost = asked.scored.contributions.filter((c) => c.pointsLost >= 1).sort((a, b) => b.pointsLost - a.pointsLost);
    for (const c of lost.slice(0, 3)) {
      const hint = req.wording.hint(c.feature);
      if (!hint) continue;
      const newScore = asked.scored.score + c.pointsLost;
      const pd = req.scorer.pdAtScore(newScore);
      const enough = pd <= req.policy.approveMaxPd && asked.blockers.every((b) => b === 'PD');
      out.push(
        `${cap(hint)} would add ${Math.round(c.pointsLost)} points (score ${Math.round(asked.scored.score)} to ${Math.round(newScore)}, probability of default ${pct(pd)})` +
          (enough ? ', enough for approval.' : '.'),
      );
      if (out.length >= 4) break;
    }
  }
  return out;
}

function largestApprovable(asked: Evaluation, terms: CreditTerms, evaluate: (a: number, t: number) => Evaluation): number | null {
  const hi = Math.min(terms.maxAmount, asked.amount * 10);
  if (evaluate(hi, asked.termMonths).blockers.length === 0) return roundOfferAmount(hi);
  const rounded = roundOfferAmount(bisectAmount(asked, hi, 12, 1000, evaluate).amount);
  return rounded > asked.amount ? rounded : null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function monthNames(months: readonly number[]): string {
  return [...months].sort((a, b) => a - b).map((m) => MONTHS[m - 1]).join(', ');
}

function pct(x: number): string {
  return `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
