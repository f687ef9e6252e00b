// Places a delinquent case on the ability-to-pay x willingness-to-pay grid and maps the cell to a
// collection strategy. Both axes are scores in 0..1 built from a few plain sub-scores, so that
// every reason a collector reads is one of the numbers the score was made from.
import type { SpendProfile } from '../../../../drizzle/schema.js';
import { formatInr, formatPercent } from '../recommendation/format.js';
import { DELINQUENCY_BUCKETS, type DelinquencyBucket, type Level, type Reason, type RecoverySegment, type Strategy } from './types.js';

/** The part of the customer's twelve-month spend profile that tells how much cash is free. */
export type CaseSpendProfile = Pick<SpendProfile, 'monthlyInflowMean' | 'monthlyOutflowMean' | 'inflowVariability' | 'peakMonths'>;

/** What is known about a delinquent case when it is segmented. Money in INR. */
export interface CaseProfile {
  /** Income, or revenue for a business; used when the spend profile has no inflows. */
  annualIncome: number;
  spendProfile: CaseSpendProfile;
  monthlyInstalment: number;
  overdueAmount: number;
  daysPastDue: number;
  bucket: DelinquencyBucket;
  /** Share of past dues paid on time, 0..1; null when there is no repayment history. */
  onTimeShare: number | null;
  promisesKept: number;
  promisesBroken: number;
  contactAttempts: number;
  contactsReached: number;
  /** A hardship the customer declared or the lender verified (job loss, illness, crop failure). */
  hardship?: boolean;
  /** The customer's local calendar month (1-12) at the time of segmentation. */
  asOfMonth: number;
}

export interface Segmentation {
  abilityScore: number;
  willingnessScore: number;
  ability: Level;
  willingness: Level;
  segment: RecoverySegment;
  strategy: Strategy;
  reasons: Reason[];
}

/** A score at or above this reads HIGH. */
export const ABILITY_HIGH_FROM = 0.5;
export const WILLINGNESS_HIGH_FROM = 0.5;

/** How much each sub-score weighs in ability; they sum to 1. */
export const ABILITY_WEIGHTS = { cashFlow: 0.6, overdueBurden: 0.25, incomeTiming: 0.15 } as const;
/** How much each sub-score weighs in willingness; promises weigh most: they are this delinquency's own behaviour. */
export const WILLINGNESS_WEIGHTS = { promises: 0.45, onTime: 0.35, reach: 0.2 } as const;

/**
 * Free cash flow this many times the instalment counts as full ability, and below NO_COVERAGE_FROM
 * times as none: a customer left with a third of the instalment cannot pay it, however small the
 * arrears. Just covering it (1x) scores a third.
 */
export const FULL_COVERAGE = 2;
export const NO_COVERAGE_BELOW = 0.5;
/** Overdue up to this many months of inflow is no burden; from OVERDUE_MONTHS_CRUSHING it is the whole of one. */
export const OVERDUE_MONTHS_EASY = 0.5;
export const OVERDUE_MONTHS_CRUSHING = 3;
/** Inflows varying less than this (coefficient of variation) are steady, whatever the peak months say. */
export const SEASONAL_FROM_VARIABILITY = 0.25;
/** Variability above this is treated as this (a harvest earner's CV rarely matters beyond it). */
export const MAX_VARIABILITY = 1.5;
/** Months from the nearest peak month that still count as "near": the harvest cash is on hand or about to be. */
export const NEAR_PEAK_MONTHS = 1;
/** In a lean month inflow is at least this share of the average (subsidies, side income). */
export const LEAN_INFLOW_FLOOR = 0.15;
/** A declared hardship caps ability below HIGH: the averages describe a past that no longer holds. */
export const HARDSHIP_ABILITY_CAP = 0.4;
/** Pseudo-counts that pull a short record of promises or contacts toward an even 50%. */
export const EVIDENCE_PRIOR = 1;
/** With no repayment history, on-time behaviour is unknown: neither good nor bad. */
export const UNKNOWN_ON_TIME_SCORE = 0.5;

export const STRATEGY_BY_SEGMENT: Record<RecoverySegment, Strategy> = {
  ABLE_WILLING: 'GENTLE_REMINDER',
  UNABLE_WILLING: 'HARDSHIP_PLAN',
  UNABLE_UNWILLING: 'SETTLEMENT_OFFER',
  ABLE_UNWILLING: 'FIELD_ESCALATION',
};
/** Able but unwilling cases go to LEGAL instead of the field from this bucket on. */
export const LEGAL_FROM_BUCKET: DelinquencyBucket = 'DPD_90_PLUS';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const times = (x: number): string => `${x.toFixed(1)} times`;
const months = (n: number): string => (n === 1 ? '1 month' : `${n} months`);

/** Where the asOfMonth sits in a seasonal earner's year. */
export type IncomeSeason = 'STEADY' | 'PEAK' | 'NEAR_PEAK' | 'LEAN';

export interface IncomeTiming {
  season: IncomeSeason;
  /** Expected inflow this month as a multiple of the monthly average. */
  inflowFactor: number;
  /** Months to the nearest peak month (0 in one); null for a steady earner. */
  monthsFromPeak: number | null;
  nearestPeakMonth: number | null;
}

function circularMonthDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 12;
  return Math.min(d, 12 - d);
}

/**
 * How this month's inflow compares with the average. A seasonal earner receives most of the year's
 * money in the peak months, so the same average means cash on hand at harvest and little in a lean
 * month; the size of the swing follows the coefficient of variation.
 */
export function incomeTiming(spend: CaseSpendProfile, asOfMonth: number): IncomeTiming {
  if (!Number.isInteger(asOfMonth) || asOfMonth < 1 || asOfMonth > 12) throw new RangeError(`asOfMonth must be a month 1-12, got ${asOfMonth}`);
  const variability = Math.min(Math.max(spend.inflowVariability, 0), MAX_VARIABILITY);
  if (variability < SEASONAL_FROM_VARIABILITY || spend.peakMonths.length === 0) {
    return { season: 'STEADY', inflowFactor: 1, monthsFromPeak: null, nearestPeakMonth: null };
  }
  let nearestPeakMonth = spend.peakMonths[0];
  for (const m of spend.peakMonths) {
    if (circularMonthDistance(asOfMonth, m) < circularMonthDistance(asOfMonth, nearestPeakMonth)) nearestPeakMonth = m;
  }
  const monthsFromPeak = circularMonthDistance(asOfMonth, nearestPeakMonth);
  if (monthsFromPeak === 0) return { season: 'PEAK', inflowFactor: 1 + variability, monthsFromPeak, nearestPeakMonth };
  if (monthsFromPeak <= NEAR_PEAK_MONTHS) return { season: 'NEAR_PEAK', inflowFactor: 1, monthsFromPeak, nearestPeakMonth };
  const inflowFactor = Math.max(LEAN_INFLOW_FLOOR, 1 - 0.6 * variability);
  return { season: 'LEAN', inflowFactor, monthsFromPeak, nearestPeakMonth };
}

/** The average monthly inflow: the spend profile's, or income / 12 when no inflows were seen. */
export function averageMonthlyInflow(profile: Pick<CaseProfile, 'annualIncome' | 'spendProfile'>): number {
  return profile.spendProfile.monthlyInflowMean > 0 ? profile.spendProfile.monthlyInflowMean : Math.max(profile.annualIncome, 0) / 12;
}

export interface CashFlow {
  averageInflow: number;
  /** This month's expected inflow, after the seasonal swing. */
  inflowNow: number;
  outflow: number;
  freeCashFlow: number;
  /** Free cash flow over the instalment: 1 just covers it, below 0 means spending exceeds inflow. */
  coverage: number;
  timing: IncomeTiming;
}

/**
 * Cash left this month after spending, against the instalment. Spending is kept at its average in
 * a lean month: households draw on savings or borrow rather than cut it in step with income.
 */
export function cashFlow(profile: Pick<CaseProfile, 'annualIncome' | 'spendProfile' | 'monthlyInstalment' | 'asOfMonth'>): CashFlow {
  const timing = incomeTiming(profile.spendProfile, profile.asOfMonth);
  const averageInflow = averageMonthlyInflow(profile);
  const inflowNow = averageInflow * timing.inflowFactor;
  const outflow = Math.max(profile.spendProfile.monthlyOutflowMean, 0);
  const freeCashFlow = inflowNow - outflow;
  const coverage = profile.monthlyInstalment > 0 ? freeCashFlow / profile.monthlyInstalment : freeCashFlow > 0 ? FULL_COVERAGE : 0;
  return { averageInflow, inflowNow, outflow, freeCashFlow, coverage, timing };
}

const coverageScore = (coverage: number): number => clamp01((coverage - NO_COVERAGE_BELOW) / (FULL_COVERAGE - NO_COVERAGE_BELOW));

function overdueBurdenScore(overdueMonths: number): number {
  return 1 - clamp01((overdueMonths - OVERDUE_MONTHS_EASY) / (OVERDUE_MONTHS_CRUSHING - OVERDUE_MONTHS_EASY));
}

function incomeTimingScore(timing: IncomeTiming, variability: number): number {
  switch (timing.season) {
    case 'PEAK':
      return 1;
    case 'NEAR_PEAK':
      return 0.75;
    case 'LEAN':
      return 0.15;
    case 'STEADY':
      // Irregular but not seasonal income (gig work) is less dependable than a salary.
      return 1 - clamp01(variability / MAX_VARIABILITY);
  }
}

function cashFlowReason(flow: CashFlow, instalment: number): Reason {
  const inflowLabel = flow.timing.season === 'STEADY' ? 'Monthly inflow' : 'Expected inflow this month';
  if (flow.freeCashFlow <= 0) {
    return {
      code: 'ABILITY_NO_FREE_CASH',
      text: `${inflowLabel} ${formatInr(flow.inflowNow)} does not cover spending of ${formatInr(flow.outflow)}: nothing is left for the ${formatInr(instalment)} instalment`,
    };
  }
  const code = flow.coverage >= 1 ? 'ABILITY_COVERS_INSTALMENT' : 'ABILITY_SHORT_OF_INSTALMENT';
  const only = flow.coverage >= 1 ? '' : 'only ';
  return { code, text: `${inflowLabel} ${formatInr(flow.inflowNow)} covers the ${formatInr(instalment)} instalment ${only}${times(flow.coverage)} after spending of ${formatInr(flow.outflow)}` };
}

function timingReason(timing: IncomeTiming, averageInflow: number, variability: number): Reason | null {
  if (timing.season === 'STEADY') {
    if (variability < SEASONAL_FROM_VARIABILITY) return null;
    return { code: 'ABILITY_IRREGULAR_INCOME', text: `Monthly inflow varies by ${formatPercent(variability)} around its ${formatInr(averageInflow)} average without a clear season` };
  }
  const peak = MONTH_NAMES[(timing.nearestPeakMonth ?? 1) - 1];
  const expected = formatInr(averageInflow * timing.inflowFactor);
  if (timing.season === 'PEAK') return { code: 'ABILITY_PEAK_MONTH', text: `${peak} is a peak income month: about ${expected} expected against an average of ${formatInr(averageInflow)}` };
  if (timing.season === 'NEAR_PEAK') return { code: 'ABILITY_NEAR_PEAK', text: `${months(timing.monthsFromPeak ?? 0)} from the ${peak} peak income month: about the ${formatInr(averageInflow)} average expected` };
  return {
    code: 'ABILITY_LEAN_MONTH',
    text: `A lean month, ${months(timing.monthsFromPeak ?? 0)} from the ${peak} peak: about ${expected} expected against an average of ${formatInr(averageInflow)}`,
  };
}

function overdueReason(overdue: number, overdueMonths: number, averageInflow: number): Reason {
  return { code: 'ABILITY_OVERDUE_BURDEN', text: `${formatInr(overdue)} overdue is ${overdueMonths.toFixed(1)} months of the ${formatInr(averageInflow)} average inflow` };
}

/** Ability to pay, 0..1, with the reasons it rests on. */
export function assessAbility(profile: CaseProfile): { score: number; reasons: Reason[] } {
  const flow = cashFlow(profile);
  const variability = Math.max(profile.spendProfile.inflowVariability, 0);
  const overdueMonths = flow.averageInflow > 0 ? Math.max(profile.overdueAmount, 0) / flow.averageInflow : OVERDUE_MONTHS_CRUSHING;
  let score =
    ABILITY_WEIGHTS.cashFlow * coverageScore(flow.coverage) +
    ABILITY_WEIGHTS.overdueBurden * overdueBurdenScore(overdueMonths) +
    ABILITY_WEIGHTS.incomeTiming * incomeTimingScore(flow.timing, variability);
  const reasons: Reason[] = [cashFlowReason(flow, profile.monthlyInstalment)];
  const timing = timingReason(flow.timing, flow.averageInflow, variability);
  if (timing) reasons.push(timing);
  reasons.push(overdueReason(profile.overdueAmount, overdueMonths, flow.averageInflow));
  if (profile.hardship && score > HARDSHIP_ABILITY_CAP) {
    score = HARDSHIP_ABILITY_CAP;
    reasons.unshift({ code: 'ABILITY_HARDSHIP', text: 'A declared hardship caps ability to pay below HIGH, whatever the averages say' });
  }
  return { score: round3(score), reasons };
}

/** Share of a record that went well, pulled toward 50% while the record is short. */
function smoothedShare(good: number, total: number): number {
  return (Math.max(good, 0) + EVIDENCE_PRIOR) / (Math.max(total, 0) + 2 * EVIDENCE_PRIOR);
}

function onTimeReason(onTimeShare: number | null): Reason {
  if (onTimeShare === null) return { code: 'WILLINGNESS_NO_HISTORY', text: 'No repayment history yet: on-time behaviour counts as neutral' };
  return { code: 'WILLINGNESS_ON_TIME', text: `Paid ${formatPercent(onTimeShare)} of past dues on time` };
}

function promisesReason(kept: number, broken: number): Reason {
  if (kept + broken === 0) return { code: 'WILLINGNESS_NO_PROMISES', text: 'No promise to pay made yet' };
  const code = broken > kept ? 'WILLINGNESS_PROMISES_BROKEN' : 'WILLINGNESS_PROMISES_KEPT';
  return { code, text: `Kept ${kept} of ${kept + broken} promises to pay, broke ${broken}` };
}

function reachReason(attempts: number, reached: number): Reason {
  if (attempts === 0) return { code: 'WILLINGNESS_NOT_CONTACTED', text: 'Not contacted yet' };
  return { code: 'WILLINGNESS_REACH', text: `Answered ${reached} of ${attempts} contact attempts (${formatPercent(reached / attempts)})` };
}

/** Willingness to pay, 0..1, with the reasons it rests on. */
export function assessWillingness(profile: CaseProfile): { score: number; reasons: Reason[] } {
  const onTime = profile.onTimeShare === null ? UNKNOWN_ON_TIME_SCORE : clamp01(profile.onTimeShare);
  const promises = smoothedShare(profile.promisesKept, profile.promisesKept + profile.promisesBroken);
  const reach = smoothedShare(Math.min(profile.contactsReached, profile.contactAttempts), profile.contactAttempts);
  const score = WILLINGNESS_WEIGHTS.onTime * onTime + WILLINGNESS_WEIGHTS.promises * promises + WILLINGNESS_WEIGHTS.reach * reach;
  return {
    score: round3(score),
    reasons: [onTimeReason(profile.onTimeShare), promisesReason(profile.promisesKept, profile.promisesBroken), reachReason(profile.contactAttempts, profile.contactsReached)],
  };
}

export function segmentOf(ability: Level, willingness: Level): RecoverySegment {
  if (ability === 'HIGH') return willingness === 'HIGH' ? 'ABLE_WILLING' : 'ABLE_UNWILLING';
  return willingness === 'HIGH' ? 'UNABLE_WILLING' : 'UNABLE_UNWILLING';
}

/** The strategy for a segment; able-but-unwilling cases far enough behind go to LEGAL. */
export function strategyFor(segment: RecoverySegment, bucket: DelinquencyBucket): Strategy {
  if (segment === 'ABLE_UNWILLING' && DELINQUENCY_BUCKETS.indexOf(bucket) >= DELINQUENCY_BUCKETS.indexOf(LEGAL_FROM_BUCKET)) return 'LEGAL';
  return STRATEGY_BY_SEGMENT[segment];
}

const STRATEGY_WORDS: Record<Strategy, string> = {
  GENTLE_REMINDER: 'a gentle reminder',
  HARDSHIP_PLAN: 'a hardship plan',
  SETTLEMENT_OFFER: 'a settlement offer',
  FIELD_ESCALATION: 'a field visit',
  LEGAL: 'legal action',
};

function strategyReason(segment: RecoverySegment, strategy: Strategy, profile: CaseProfile): Reason {
  const segmentWords = segment.toLowerCase().replace('_', ' and ');
  const legal = strategy === 'LEGAL' ? ` at ${profile.daysPastDue} days past due` : '';
  return { code: `STRATEGY_${strategy}`, text: `${segmentWords[0].toUpperCase()}${segmentWords.slice(1)}${legal}: ${STRATEGY_WORDS[strategy]}` };
}

const level = (score: number, highFrom: number): Level => (score >= highFrom ? 'HIGH' : 'LOW');

/** Segments a delinquent case and chooses its strategy; the strategy's reason comes last. */
export function segmentCase(profile: CaseProfile): Segmentation {
  const ability = assessAbility(profile);
  const willingness = assessWillingness(profile);
  const abilityLevel = level(ability.score, ABILITY_HIGH_FROM);
  const willingnessLevel = level(willingness.score, WILLINGNESS_HIGH_FROM);
  const segment = segmentOf(abilityLevel, willingnessLevel);
  const strategy = strategyFor(segment, profile.bucket);
  return {
    abilityScore: ability.score,
    willingnessScore: willingness.score,
    ability: abilityLevel,
    willingness: willingnessLevel,
    segment,
    strategy,
    reasons: [...ability.reasons, ...willingness.reasons, strategyReason(segment, strategy, profile)],
  };
}
