import { describe, expect, it } from 'vitest';
import { classifyRepayment, reviewCreditLimit, type ClassifiedRepayment, type LimitReviewInput } from './limit-review.js';
import { DEFAULT_CREDIT_POLICY } from './policy.js';

const onTime: ClassifiedRepayment = { status: 'ON_TIME', daysLate: 0, shortfall: 0 };
const late = (days: number): ClassifiedRepayment => ({ status: 'LATE', daysLate: days, shortfall: 0 });
const short: ClassifiedRepayment = { status: 'SHORT', daysLate: 0, shortfall: 500 };

function review(history: ClassifiedRepayment[], over: Partial<LimitReviewInput> = {}) {
  return reviewCreditLimit({
    currentLimit: 50_000,
    sinceLastChange: history,
    latest: history[history.length - 1],
    statementBalance: null,
    annualIncome: 600_000,
    policy: DEFAULT_CREDIT_POLICY,
    ...over,
  });
}

describe('classifyRepayment', () => {
  const due = '2026-03-10';
  it('is on time when all that was due is paid by the end of the due date (UTC)', () => {
    expect(classifyRepayment({ amount: 2500, amountDue: 2500, dueDate: due, paidAt: new Date('2026-03-10T23:59:00Z') })).toEqual(onTime);
    expect(classifyRepayment({ amount: 9000, amountDue: 2500, dueDate: due, paidAt: new Date('2026-03-01T08:00:00Z') }).status).toBe('ON_TIME');
  });
  it('counts whole days late', () => {
    expect(classifyRepayment({ amount: 2500, amountDue: 2500, dueDate: due, paidAt: new Date('2026-03-11T00:00:01Z') })).toEqual(late(1));
    expect(classifyRepayment({ amount: 2500, amountDue: 2500, dueDate: due, paidAt: new Date('2026-04-14T10:00:00Z') })).toEqual(late(35));
  });
  it('is short when less than was due is paid, late or not, and forgives paise', () => {
    expect(classifyRepayment({ amount: 2000, amountDue: 2500, dueDate: due, paidAt: new Date('2026-03-12T00:00:00Z') })).toEqual({ status: 'SHORT', daysLate: 2, shortfall: 500 });
    expect(classifyRepayment({ amount: 2499.999, amountDue: 2500, dueDate: due, paidAt: new Date('2026-03-09T00:00:00Z') }).status).toBe('ON_TIME');
  });
});

describe('reviewCreditLimit', () => {
  it('raises by 20% after six on-time payments in a row since the last change', () => {
    expect(review(Array(5).fill(onTime))).toMatchObject({ action: 'KEEP', reason: expect.stringContaining('5 of 6') });
    const r = review(Array(6).fill(onTime));
    expect(r).toMatchObject({ action: 'RAISE', newLimit: 60_000, rule: 'LIMIT_RAISE_ON_TIME' });
    expect(r.reason).toContain('6 on-time payments in a row');
  });

  it('needs the run unbroken: a late payment before it resets the count', () => {
    expect(review([late(3), ...Array(5).fill(onTime)]).action).toBe('KEEP');
    expect(review([late(3), ...Array(6).fill(onTime)]).action).toBe('RAISE');
  });

  it('never raises above annual income x cardLimitIncomeShare', () => {
    const r = review(Array(6).fill(onTime), { annualIncome: 180_000 }); // ceiling 54,000
    expect(r).toMatchObject({ action: 'RAISE', newLimit: 54_000 });
    expect(r.reason).toContain('the most this income allows');
    expect(review(Array(6).fill(onTime), { currentLimit: 54_000, annualIncome: 180_000 }).action).toBe('KEEP');
  });

  it('cuts by 25% at once for a payment 30 or more days late', () => {
    expect(review([onTime, late(29)]).action).toBe('KEEP');
    const r = review([onTime, late(30)]);
    expect(r).toMatchObject({ action: 'LOWER', newLimit: 37_000, rule: 'LIMIT_CUT_SEVERELY_LATE' });
    expect(r.reason).toMatch(/30 days late.*lowered from .*50,000 to .*37,000/);
  });

  it('cuts when two of the last six payments were late or short', () => {
    expect(review([onTime, short]).action).toBe('KEEP');
    expect(review([short, onTime, late(2)])).toMatchObject({ action: 'LOWER', rule: 'LIMIT_CUT_MISSED_PAYMENTS' });
    // Outside the window of six, an old miss no longer counts.
    expect(review([short, ...Array(6).fill(onTime), late(2)]).action).toBe('KEEP');
  });

  it('does not cut below the statement balance', () => {
    expect(review([late(40)], { statementBalance: 45_000.4 })).toMatchObject({ action: 'LOWER', newLimit: 45_001 });
    expect(review([late(40)], { statementBalance: 50_000 })).toMatchObject({ action: 'KEEP', reason: expect.stringContaining('not lowered') });
  });

  it('follows the policy parameters', () => {
    const policy = { ...DEFAULT_CREDIT_POLICY, limitReviewPayments: 3, limitRaiseShare: 0.5, limitCutDaysLate: 10, limitCutShare: 0.5 };
    expect(review(Array(3).fill(onTime), { policy })).toMatchObject({ action: 'RAISE', newLimit: 75_000 });
    expect(review([late(10)], { policy })).toMatchObject({ action: 'LOWER', newLimit: 25_000 });
  });
});
