// Line management: how a revolving (card) limit follows the way the customer repays.
//
// The rule, with the parameters of the tenant's credit policy (defaults in brackets):
// - Each repayment is classified against what was due: ON_TIME (all of it by the due date),
//   LATE (all of it, after the due date) or SHORT (less than was due, whenever paid).
// - Lower by limitCutShare (25%) when a payment is limitCutDaysLate (30) or more days late, or
//   when limitCutMissedPayments (2) of the last limitReviewPayments (6) payments since the last
//   change were late or short. A cut never goes below the statement balance, so it does not
//   push the customer over their limit.
// - Raise by limitRaiseShare (20%) after limitReviewPayments (6) on-time payments in a row since
//   the last change, up to the limit the customer's income allows at the best grade
//   (annual income x cardLimitIncomeShare).
// - Otherwise keep. Counting "since the last change" means a raise or a cut needs fresh evidence.
import { formatInr } from '../recommendation/format.js';
import type { CreditPolicy } from './policy.js';

export type RepaymentStatus = 'ON_TIME' | 'LATE' | 'SHORT';

export interface RepaymentFacts {
  amount: number;
  amountDue: number;
  /** YYYY-MM-DD; a payment on that day (UTC) is on time. */
  dueDate: string;
  paidAt: Date;
}

export interface ClassifiedRepayment {
  status: RepaymentStatus;
  daysLate: number;
  shortfall: number;
}

const DAY_MS = 86_400_000;
/** Paise: a payment a rounding error short of what was due is paid in full. */
const TOLERANCE = 0.005;

export function classifyRepayment(r: RepaymentFacts): ClassifiedRepayment {
  const due = Date.parse(`${r.dueDate}T00:00:00Z`);
  const paidDay = Math.floor(r.paidAt.getTime() / DAY_MS) * DAY_MS;
  const daysLate = Math.max(0, Math.round((paidDay - due) / DAY_MS));
  const shortfall = Math.max(0, Math.round((r.amountDue - r.amount) * 100) / 100);
  const status: RepaymentStatus = shortfall > TOLERANCE ? 'SHORT' : daysLate > 0 ? 'LATE' : 'ON_TIME';
  return { status, daysLate, shortfall: shortfall > TOLERANCE ? shortfall : 0 };
}

export type LimitRule = 'LIMIT_RAISE_ON_TIME' | 'LIMIT_CUT_SEVERELY_LATE' | 'LIMIT_CUT_MISSED_PAYMENTS';

export type LimitReview =
  | { action: 'RAISE' | 'LOWER'; newLimit: number; rule: LimitRule; reason: string }
  | { action: 'KEEP'; reason: string };

export interface LimitReviewInput {
  currentLimit: number;
  /**
   * Repayments on revolving credit recorded since the last limit change, the one under review
   * included, in due-date order (oldest first).
   */
  sinceLastChange: readonly ClassifiedRepayment[];
  /** The repayment under review. */
  latest: ClassifiedRepayment;
  /** The statement balance it was paid against, when the servicing system sent it. */
  statementBalance: number | null;
  annualIncome: number;
  policy: CreditPolicy;
}

export function reviewCreditLimit(input: LimitReviewInput): LimitReview {
  const { currentLimit, latest, policy } = input;
  const window = input.sinceLastChange.slice(-policy.limitReviewPayments);
  const missed = window.filter((r) => r.status !== 'ON_TIME').length;

  if (latest.daysLate >= policy.limitCutDaysLate) {
    return lower(input, 'LIMIT_CUT_SEVERELY_LATE', `A payment was ${latest.daysLate} days late (the policy cuts at ${policy.limitCutDaysLate} or more)`);
  }
  if (latest.status !== 'ON_TIME' && missed >= policy.limitCutMissedPayments) {
    return lower(input, 'LIMIT_CUT_MISSED_PAYMENTS', `${missed} of the last ${window.length} payments were late or short (the policy cuts at ${policy.limitCutMissedPayments})`);
  }
  if (latest.status !== 'ON_TIME') {
    return { action: 'KEEP', reason: `${describe(latest)}: ${missed} of ${policy.limitCutMissedPayments} missed payments that would lower the limit` };
  }

  const streak = onTimeStreak(input.sinceLastChange);
  if (streak < policy.limitReviewPayments) {
    return { action: 'KEEP', reason: `${streak} of ${policy.limitReviewPayments} on-time payments in a row needed for a higher limit` };
  }
  const ceiling = roundLimit(input.annualIncome * policy.cardLimitIncomeShare);
  const raised = Math.min(ceiling, roundLimit(currentLimit * (1 + policy.limitRaiseShare)));
  if (raised <= currentLimit) {
    return { action: 'KEEP', reason: `${streak} on-time payments in a row, but the limit is already at the most this income allows (${formatInr(ceiling)})` };
  }
  return {
    action: 'RAISE',
    newLimit: raised,
    rule: 'LIMIT_RAISE_ON_TIME',
    reason: `${streak} on-time payments in a row since the last change: limit raised from ${formatInr(currentLimit)} to ${formatInr(raised)}${raised === ceiling ? ', the most this income allows' : ''}`,
  };
}

function lower(input: LimitReviewInput, rule: LimitRule, why: string): LimitReview {
  const { currentLimit, policy, statementBalance } = input;
  const floor = Math.ceil(statementBalance ?? 0);
  const cut = Math.max(floor, roundLimit(currentLimit * (1 - policy.limitCutShare)));
  if (cut >= currentLimit) {
    return { action: 'KEEP', reason: `${why}, but the balance of ${formatInr(floor)} is already at the limit: not lowered` };
  }
  return { action: 'LOWER', newLimit: cut, rule, reason: `${why}: limit lowered from ${formatInr(currentLimit)} to ${formatInr(cut)}` };
}

function onTimeStreak(history: readonly ClassifiedRepayment[]): number {
  let n = 0;
  for (let i = history.length - 1; i >= 0 && history[i].status === 'ON_TIME'; i--) n++;
  return n;
}

function describe(r: ClassifiedRepayment): string {
  if (r.status === 'SHORT') return `Paid ${formatInr(r.shortfall)} less than was due${r.daysLate > 0 ? `, ${r.daysLate} days late` : ''}`;
  return `Paid ${r.daysLate} days late`;
}

/** Limits move in whole thousands, like the limits granted at approval. */
function roundLimit(x: number): number {
  return Math.max(0, Math.floor(x / 1_000) * 1_000);
}
