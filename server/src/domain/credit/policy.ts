// A tenant's credit policy: the thresholds, cut-offs and knock-out rules that turn a score into a
// decision. Versions are immutable; a change writes a new version, validated here first.
import { fail, type Validated } from '../profile-input.js';

export interface GradeBand {
  grade: string;
  minScore: number;
}

export interface CreditPolicy {
  /** Approve when the probability of default is at most this. */
  approveMaxPd: number;
  /** Refer, or counter-offer, up to this probability of default; decline above it. */
  referMaxPd: number;
  /** Debt payments (new instalment included) as a share of monthly income. */
  maxDebtToIncome: number;
  /** Without a bureau score (new to credit, or the bureau did not answer), approve at most this. */
  noBureauMaxAmount: number;
  declineWilfulDefaulters: boolean;
  referFraudRings: boolean;
  referAnomalyScore: number;
  minAge: number;
  /** Best first; the last band's minScore is the floor of the scale. */
  gradeBands: GradeBand[];
  /** Card limit as a share of annual income for grade A; lower grades get less (GRADE_LIMIT_FACTOR). */
  cardLimitIncomeShare: number;
  // Line management of card limits after repayments (domain/credit/limit-review.ts).
  /** Raise after this many on-time payments in a row; also the window for counting missed payments. */
  limitReviewPayments: number;
  /** A raise adds this share of the current limit, up to annual income x cardLimitIncomeShare. */
  limitRaiseShare: number;
  /** A cut takes this share off the current limit, never below the statement balance. */
  limitCutShare: number;
  /** A payment this many days late or more lowers the limit at once. */
  limitCutDaysLate: number;
  /** This many late or short payments within the review window lower the limit. */
  limitCutMissedPayments: number;
}

/**
 * Defaults on the scorecard's scale (600 points at 50:1 good:bad odds, 20 points to double them):
 * grade A is a probability of default under about 1.3%, E above about 8%. Approving up to a 10%
 * probability of default approves roughly two applicants in three of a book whose bad rate is
 * about 10%, as the seeded history's is.
 */
export const DEFAULT_CREDIT_POLICY: CreditPolicy = {
  approveMaxPd: 0.1,
  referMaxPd: 0.25,
  maxDebtToIncome: 0.5,
  noBureauMaxAmount: 50_000,
  declineWilfulDefaulters: true,
  referFraudRings: true,
  referAnomalyScore: 0.8,
  minAge: 18,
  gradeBands: [
    { grade: 'A', minScore: 612 },
    { grade: 'B', minScore: 590 },
    { grade: 'C', minScore: 570 },
    { grade: 'D', minScore: 550 },
    { grade: 'E', minScore: 0 },
  ],
  cardLimitIncomeShare: 0.3,
  limitReviewPayments: 6,
  limitRaiseShare: 0.2,
  limitCutShare: 0.25,
  limitCutDaysLate: 30,
  limitCutMissedPayments: 2,
};

export function gradeFor(policy: CreditPolicy, score: number): string {
  for (const band of policy.gradeBands) if (score >= band.minScore) return band.grade;
  return policy.gradeBands[policy.gradeBands.length - 1].grade;
}

/** Applies a partial change to a policy and checks the result as a whole. */
export function changePolicy(current: CreditPolicy, change: Partial<CreditPolicy>): Validated<CreditPolicy> {
  const next: CreditPolicy = { ...current };
  for (const [key, value] of Object.entries(change) as [keyof CreditPolicy, unknown][]) {
    if (value === undefined || value === null) continue;
    (next as unknown as Record<string, unknown>)[key] = value;
  }
  const probability = (field: 'approveMaxPd' | 'referMaxPd') => Number.isFinite(next[field]) && next[field] > 0 && next[field] < 1;
  if (!probability('approveMaxPd')) return fail('approveMaxPd', 'must be a probability between 0 and 1');
  if (!probability('referMaxPd')) return fail('referMaxPd', 'must be a probability between 0 and 1');
  if (next.referMaxPd < next.approveMaxPd) return fail('referMaxPd', 'must be at least approveMaxPd');
  if (!(next.maxDebtToIncome > 0 && next.maxDebtToIncome <= 1.5)) return fail('maxDebtToIncome', 'must be more than 0 and at most 1.5');
  if (!(next.noBureauMaxAmount >= 0 && Number.isFinite(next.noBureauMaxAmount))) return fail('noBureauMaxAmount', 'must be 0 or more');
  if (!(next.referAnomalyScore > 0 && next.referAnomalyScore <= 1)) return fail('referAnomalyScore', 'must be more than 0 and at most 1');
  if (!Number.isInteger(next.minAge) || next.minAge < 18 || next.minAge > 100) return fail('minAge', 'must be a whole number from 18 to 100');
  if (!(next.cardLimitIncomeShare > 0 && next.cardLimitIncomeShare <= 2)) return fail('cardLimitIncomeShare', 'must be more than 0 and at most 2');
  const wholeNumber = (field: 'limitReviewPayments' | 'limitCutDaysLate' | 'limitCutMissedPayments', min: number, max: number) =>
    Number.isInteger(next[field]) && next[field] >= min && next[field] <= max;
  if (!wholeNumber('limitReviewPayments', 1, 24)) return fail('limitReviewPayments', 'must be a whole number from 1 to 24');
  if (!wholeNumber('limitCutDaysLate', 1, 180)) return fail('limitCutDaysLate', 'must be a whole number of days from 1 to 180');
  if (!wholeNumber('limitCutMissedPayments', 1, next.limitReviewPayments)) {
    return fail('limitCutMissedPayments', `must be a whole number from 1 to limitReviewPayments (${next.limitReviewPayments})`);
  }
  if (!(next.limitRaiseShare > 0 && next.limitRaiseShare <= 1)) return fail('limitRaiseShare', 'must be more than 0 and at most 1');
  if (!(next.limitCutShare > 0 && next.limitCutShare < 1)) return fail('limitCutShare', 'must be more than 0 and less than 1');
  const bands = next.gradeBands;
  if (bands.length < 2 || bands.length > 10) return fail('gradeBands', 'must have 2 to 10 bands');
  const grades = new Set<string>();
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (!/^[A-Z][A-Z0-9+-]{0,3}$/.test(b.grade)) return fail(`gradeBands[${i}].grade`, 'must be 1-4 capital letters, digits, + or -');
    if (grades.has(b.grade)) return fail(`gradeBands[${i}].grade`, `grade ${b.grade} appears twice`);
    grades.add(b.grade);
    if (!Number.isInteger(b.minScore) || b.minScore < 0 || b.minScore > 2000) return fail(`gradeBands[${i}].minScore`, 'must be a whole number from 0 to 2000');
    if (i > 0 && b.minScore >= bands[i - 1].minScore) return fail(`gradeBands[${i}].minScore`, 'bands must be listed best first, with falling minScore');
  }
  return { ok: true, value: next };
}

/** Field-by-field differences, for the audit trail and the policy history. */
export function policyChanges(before: CreditPolicy | null, after: CreditPolicy): { field: string; from: string | null; to: string }[] {
  const out: { field: string; from: string | null; to: string }[] = [];
  for (const key of Object.keys(after) as (keyof CreditPolicy)[]) {
    const to = JSON.stringify(after[key]);
    const from = before ? JSON.stringify(before[key]) : null;
    if (from !== to) out.push({ field: key, from, to });
  }
  return out;
}

/** A stored policy with missing fields (an older version) filled from the defaults. */
export function normalisePolicy(stored: Record<string, unknown>): CreditPolicy {
  return { ...DEFAULT_CREDIT_POLICY, ...(stored as Partial<CreditPolicy>) };
}
