import { describe, expect, it } from 'vitest';
import { monthOf } from './calendar.js';
import {
  DEFAULT_PLAN_BOUNDS,
  PlanInputError,
  evaluateCounterOffer,
  proposePlan,
  recommendPlanKind,
  validatePlanInput,
  type Plan,
  type PlanInput,
} from './plans.js';
import type { PlannedPayment } from './types.js';

// 12:00 in India on 20 June 2026.
const asOf = new Date('2026-06-20T06:30:00Z');
const FARMER_PEAKS = [3, 4, 10, 11];
const base: PlanInput = { outstanding: 60_000, monthlyCapacity: 5_000, peakMonths: [], startDate: '2026-07-05' };

const paise = (payments: readonly PlannedPayment[]) => payments.reduce((s, p) => s + Math.round(p.amount * 100), 0);
const amounts = (plan: Plan) => plan.payments.map((p) => p.amount);
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

function expectExactSum(plan: Plan, rupees: number) {
  expect(paise(plan.payments)).toBe(Math.round(rupees * 100));
  expect(Math.round(plan.total * 100)).toBe(Math.round(rupees * 100));
  for (const a of amounts(plan)) expect(Math.round(a * 100) / 100).toBe(a);
}

describe('recommendPlanKind', () => {
  const farmer = { segment: 'UNABLE_WILLING', strategy: 'HARDSHIP_PLAN', inflowVariability: 0.8, peakMonths: FARMER_PEAKS, asOfMonth: 7 } as const;

  it('gives a seasonal earner a SEASONAL plan, naming the earning months', () => {
    const r = recommendPlanKind(farmer);
    expect(r.kind).toBe('SEASONAL');
    expect(r.reasons[0]).toMatchObject({ code: 'SEASONAL_INCOME' });
    expect(r.reasons[0].text).toContain('Mar, Apr, Oct and Nov');
  });

  it('follows a settlement strategy even for a seasonal earner', () => {
    expect(recommendPlanKind({ ...farmer, strategy: 'SETTLEMENT_OFFER' }).kind).toBe('SETTLEMENT');
  });

  it('does not treat steady income with a peak month as seasonal', () => {
    expect(recommendPlanKind({ ...farmer, inflowVariability: 0.1, asOfMonth: 7 }).kind).toBe('STANDARD');
  });

  it('gives hardship a longer STANDARD plan, or STEP_DOWN when a strong month is now or next', () => {
    const salaried = { segment: 'UNABLE_WILLING', strategy: 'HARDSHIP_PLAN', inflowVariability: 0.1, peakMonths: [3], asOfMonth: 6 } as const;
    const longer = recommendPlanKind(salaried);
    expect(longer.kind).toBe('STANDARD');
    expect(codes(longer.reasons)).toEqual(['HARDSHIP', 'LONGER_TERM']);
    expect(recommendPlanKind({ ...salaried, asOfMonth: 3 }).kind).toBe('STEP_DOWN');
    expect(recommendPlanKind({ ...salaried, asOfMonth: 2 }).kind).toBe('STEP_DOWN');
    expect(recommendPlanKind({ ...salaried, asOfMonth: 12, peakMonths: [1] }).kind).toBe('STEP_DOWN');
  });

  it('gives a customer able to pay equal payments', () => {
    const r = recommendPlanKind({ segment: 'ABLE_WILLING', strategy: 'GENTLE_REMINDER', inflowVariability: 0.1, peakMonths: [], asOfMonth: 6 });
    expect(r).toMatchObject({ kind: 'STANDARD', reasons: [{ code: 'LEVEL_PAYMENTS' }] });
  });
});

describe('proposePlan', () => {
  it('puts a farmer’s large payments in the harvest months and a token in lean ones', () => {
    const plan = proposePlan('SEASONAL', { ...base, peakMonths: FARMER_PEAKS });
    expect(plan.kind).toBe('SEASONAL');
    expect(plan.termMonths).toBe(12);
    const peak = plan.payments.filter((p) => FARMER_PEAKS.includes(monthOf(p.dueDate)));
    const lean = plan.payments.filter((p) => !FARMER_PEAKS.includes(monthOf(p.dueDate)));
    expect(peak.map((p) => p.dueDate)).toEqual(['2026-10-05', '2026-11-05', '2027-03-05', '2027-04-05']);
    expect(Math.min(...peak.map((p) => p.amount))).toBeGreaterThan(Math.max(...lean.map((p) => p.amount)));
    // The lean months pay the minimum, except July's first payment, raised to 5% of the outstanding.
    expect(lean.map((p) => p.amount)).toEqual([3000, 500, 500, 500, 500, 500, 500, 500]);
    expect(peak.map((p) => p.amount)).toEqual([13375, 13375, 13375, 13375]);
    expectExactSum(plan, 60_000);
    expect(codes(plan.reasons)).toEqual(['PEAK_MONTH_PAYMENTS', 'FIRST_PAYMENT_RAISED']);
  });

  it('stretches a seasonal term to reach the next harvest', () => {
    const plan = proposePlan('SEASONAL', { ...base, outstanding: 10_000, monthlyCapacity: 5_000, peakMonths: [11] });
    expect(plan.termMonths).toBe(5);
    expect(plan.payments.at(-1)).toEqual({ dueDate: '2026-11-05', amount: 8_000 });
  });

  it('falls back to equal payments when no earning month fits in the term', () => {
    const plan = proposePlan('SEASONAL', { ...base, peakMonths: [] });
    expect(plan.kind).toBe('STANDARD');
    expect(codes(plan.reasons)).toContain('NO_PEAK_IN_TERM');
  });

  it.each([
    [60_000, 5_000, 12],
    [100_000.01, 7_000, 15],
    [12_345.67, 1_000, 13],
    [999_999.99, 60_000, 17],
    [3_000, 100, 6],
  ])('STANDARD for %d at %d a month sums exactly over %d months', (outstanding, monthlyCapacity, term) => {
    const plan = proposePlan('STANDARD', { ...base, outstanding, monthlyCapacity });
    expect(plan.termMonths).toBe(term);
    expectExactSum(plan, outstanding);
    expect(plan.discount).toBe(0);
    // Equal to the paisa, and never under the minimum payment.
    const inPaise = amounts(plan).map((a) => Math.round(a * 100));
    expect(Math.max(...inPaise) - Math.min(...inPaise)).toBeLessThanOrEqual(1);
    expect(Math.min(...amounts(plan))).toBeGreaterThanOrEqual(DEFAULT_PLAN_BOUNDS.minMonthlyPayment);
    expect(plan.payments.map((p) => p.dueDate).slice(0, 3)).toEqual(['2026-07-05', '2026-08-05', '2026-09-05']);
  });

  it('caps the term at the maximum, raising the first payment and saying the capacity is short', () => {
    const plan = proposePlan('STANDARD', { ...base, outstanding: 100_000, monthlyCapacity: 2_000 });
    expect(plan.termMonths).toBe(24);
    expect(plan.payments[0].amount).toBe(5_000);
    expect(Math.min(...amounts(plan))).toBeGreaterThanOrEqual(500);
    expectExactSum(plan, 100_000);
    expect(codes(plan.reasons)).toEqual(['LEVEL_PAYMENTS', 'FIRST_PAYMENT_RAISED', 'ABOVE_CAPACITY']);
  });

  it('honours a stated term and dates from the 31st to month ends', () => {
    const plan = proposePlan('STANDARD', { ...base, startDate: '2027-01-31', termMonths: 3 });
    expect(plan.payments).toEqual([
      { dueDate: '2027-01-31', amount: 20_000 },
      { dueDate: '2027-02-28', amount: 20_000 },
      { dueDate: '2027-03-31', amount: 20_000 },
    ]);
  });

  it.each([
    [80_000, 4_000, DEFAULT_PLAN_BOUNDS],
    [123_456.78, 6_000, DEFAULT_PLAN_BOUNDS],
    [7_777.77, 900, DEFAULT_PLAN_BOUNDS],
    [200_000, 9_000, { ...DEFAULT_PLAN_BOUNDS, minFirstPaymentShare: 0.1 }],
  ])('STEP_DOWN for %d at %d a month never increases and sums exactly', (outstanding, monthlyCapacity, bounds) => {
    const plan = proposePlan('STEP_DOWN', { ...base, outstanding, monthlyCapacity }, bounds);
    const a = amounts(plan);
    for (let i = 1; i < a.length; i++) expect(a[i]).toBeLessThanOrEqual(a[i - 1]);
    expect(a[0]).toBeGreaterThan(a.at(-1)!);
    expect(a[0]).toBeGreaterThanOrEqual(outstanding * bounds.minFirstPaymentShare);
    expectExactSum(plan, outstanding);
  });

  it('settles for a discounted sum in at most three payments', () => {
    const plan = proposePlan('SETTLEMENT', { ...base, outstanding: 100_000, monthlyCapacity: 10_000 });
    expect(plan).toMatchObject({ kind: 'SETTLEMENT', discount: 20_000, total: 80_000, termMonths: 3 });
    expect(amounts(plan)).toEqual([26_666.67, 26_666.67, 26_666.66]);
    expectExactSum(plan, 80_000);
    const lump = proposePlan('SETTLEMENT', { ...base, outstanding: 100_000, monthlyCapacity: 90_000, settlementDiscount: 0.25 });
    expect(lump.payments).toEqual([{ dueDate: '2026-07-05', amount: 75_000 }]);
  });

  it('forgives nothing outside a settlement', () => {
    expect(proposePlan('STANDARD', { ...base, settlementDiscount: 0.3 }).total).toBe(60_000);
  });

  it('rejects bad input naming the field', () => {
    expect(() => proposePlan('STANDARD', { ...base, outstanding: -1 })).toThrow(PlanInputError);
    expect(() => proposePlan('STANDARD', { ...base, startDate: '2026-02-30' })).toThrow(/startDate/);
  });
});

describe('validatePlanInput', () => {
  it('accepts a good input', () => {
    expect(validatePlanInput({ ...base, peakMonths: FARMER_PEAKS, termMonths: 6, settlementDiscount: 0.2 })).toBeNull();
  });

  it.each([
    [{ outstanding: 0 }, 'outstanding'],
    [{ outstanding: Number.NaN }, 'outstanding'],
    [{ monthlyCapacity: -100 }, 'monthlyCapacity'],
    [{ peakMonths: [0, 4] }, 'peakMonths'],
    [{ peakMonths: [13] }, 'peakMonths'],
    [{ startDate: '05/07/2026' }, 'startDate'],
    [{ termMonths: 0 }, 'termMonths'],
    [{ termMonths: 2.5 }, 'termMonths'],
    [{ termMonths: 100_000 }, 'termMonths'],
    [{ settlementDiscount: 1 }, 'settlementDiscount'],
    [{ settlementDiscount: -0.1 }, 'settlementDiscount'],
  ])('rejects %o naming %s', (change, field) => {
    expect(validatePlanInput({ ...base, ...change })).toMatchObject({ field });
  });
});

describe('evaluateCounterOffer', () => {
  const context = { outstanding: 60_000, peakMonths: FARMER_PEAKS, asOf };
  const standard = proposePlan('STANDARD', base);
  const settlementContext = { ...context, outstanding: 100_000 };
  const settlement = proposePlan('SETTLEMENT', { ...base, outstanding: 100_000, monthlyCapacity: 30_000 });

  it('accepts a settlement at the maximum discount and returns its schedule', () => {
    const r = evaluateCounterOffer(settlement, { settlementAmount: 60_000 }, settlementContext);
    expect(r.outcome).toBe('ACCEPTED');
    if (r.outcome === 'INVALID') return;
    expect(r.plan).toMatchObject({ kind: 'SETTLEMENT', discount: 40_000, total: 60_000, termMonths: 3 });
    expectExactSum(r.plan, 60_000);
  });

  it('escalates a settlement a paisa beyond the maximum discount, naming the bound', () => {
    const r = evaluateCounterOffer(settlement, { settlementAmount: 59_999.99 }, settlementContext);
    expect(r).toMatchObject({ outcome: 'ESCALATED', reasons: [{ code: 'DISCOUNT_OVER_MAX' }] });
    const deeper = evaluateCounterOffer(settlement, { settlementAmount: 55_000 }, settlementContext);
    expect(deeper.outcome === 'ESCALATED' && deeper.reasons[0].text).toBe(
      'settlement discount of 45% (₹45,000) is over the 40% maximum by 5 percentage points (₹5,000)',
    );
  });

  it('escalates a settlement in more payments than allowed', () => {
    const r = evaluateCounterOffer(settlement, { termMonths: 5 }, settlementContext);
    expect(r).toMatchObject({ outcome: 'ESCALATED', reasons: [{ code: 'SETTLEMENT_PAYMENTS_OVER_MAX', text: 'settlement in 5 payments is over the 3-payment maximum by 2' }] });
  });

  it('escalates a 36-month term, saying by how much it is over, with the schedule a person would approve', () => {
    const r = evaluateCounterOffer(standard, { termMonths: 36 }, context);
    expect(r.outcome).toBe('ESCALATED');
    if (r.outcome !== 'ESCALATED') return;
    expect(r.reasons).toEqual([{ code: 'TERM_OVER_MAX', text: 'term of 36 months is over the 24-month maximum by 12 months' }]);
    expect(r.plan.termMonths).toBe(36);
    expectExactSum(r.plan, 60_000);
  });

  it('accepts the same term when the bounds allow it', () => {
    const r = evaluateCounterOffer(standard, { termMonths: 36 }, context, { ...DEFAULT_PLAN_BOUNDS, maxTermMonths: 36 });
    expect(r.outcome).toBe('ACCEPTED');
  });

  it('accepts a new first payment date and regenerates the schedule from it', () => {
    const r = evaluateCounterOffer(standard, { firstPaymentDate: '2026-07-10' }, context);
    expect(r.outcome).toBe('ACCEPTED');
    if (r.outcome !== 'ACCEPTED') return;
    expect(r.plan.firstPaymentDate).toBe('2026-07-10');
    expect(r.plan.payments.at(-1)!.dueDate).toBe('2027-06-10');
    expect(r.plan.termMonths).toBe(standard.termMonths);
  });

  it('accepts a shorter term without calling the proposal\'s average the customer\'s capacity', () => {
    const r = evaluateCounterOffer(standard, { termMonths: 6 }, context);
    expect(r.outcome).toBe('ACCEPTED');
    if (r.outcome !== 'ACCEPTED') return;
    expect(amounts(r.plan)).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 10_000]);
    expect(codes(r.plan.reasons)).toEqual(['LEVEL_PAYMENTS']);
  });

  it('escalates a first payment later than the bound allows', () => {
    const r = evaluateCounterOffer(standard, { firstPaymentDate: '2026-08-15' }, context);
    expect(r).toMatchObject({ outcome: 'ESCALATED', reasons: [{ code: 'FIRST_PAYMENT_TOO_LATE', text: 'first payment 56 days away is over the 30-day maximum by 26 days' }] });
  });

  it('escalates (not rejects) a monthly amount under the minimum payment: a person may take it', () => {
    const small = proposePlan('STANDARD', { ...base, outstanding: 6_000, monthlyCapacity: 1_000 });
    const r = evaluateCounterOffer(small, { monthlyAmount: 400 }, { ...context, outstanding: 6_000 });
    expect(r).toMatchObject({ outcome: 'ESCALATED', reasons: [{ code: 'PAYMENT_UNDER_MIN', text: 'monthly payment of ₹400 is under the ₹500 minimum by ₹100' }] });
    if (r.outcome === 'ESCALATED') expect(r.plan.termMonths).toBe(15);
  });

  it('accepts a monthly amount whose final remainder is under the minimum', () => {
    const small = proposePlan('STANDARD', { ...base, outstanding: 6_000, monthlyCapacity: 1_000 });
    const r = evaluateCounterOffer(small, { monthlyAmount: 700 }, { ...context, outstanding: 6_000 });
    expect(r.outcome).toBe('ACCEPTED');
    if (r.outcome === 'ACCEPTED') expect(amounts(r.plan)).toEqual([700, 700, 700, 700, 700, 700, 700, 700, 400]);
  });

  it('escalates a first payment under the minimum share of the outstanding', () => {
    const r = evaluateCounterOffer(standard, { monthlyAmount: 2_500 }, context);
    expect(r).toMatchObject({ outcome: 'ESCALATED', reasons: [{ code: 'FIRST_PAYMENT_UNDER_MIN', text: 'first payment of ₹2,500 is under the 5% minimum of ₹3,000 by ₹500' }] });
  });

  it('switches to a seasonal plan on request, with the harvest months from the context', () => {
    const r = evaluateCounterOffer(standard, { kind: 'SEASONAL' }, context);
    expect(r.outcome).toBe('ACCEPTED');
    if (r.outcome === 'ACCEPTED') {
      expect(r.plan.kind).toBe('SEASONAL');
      expectExactSum(r.plan, 60_000);
    }
  });

  it('rejects a first payment date in the past in the customer’s own calendar', () => {
    // 20:00 UTC on the 19th is already the 20th in India.
    const lateEvening = { ...context, asOf: new Date('2026-06-19T20:00:00Z') };
    expect(evaluateCounterOffer(standard, { firstPaymentDate: '2026-06-19' }, lateEvening)).toMatchObject({ outcome: 'INVALID', field: 'firstPaymentDate' });
    expect(evaluateCounterOffer(standard, { firstPaymentDate: '2026-06-20' }, lateEvening).outcome).toBe('ACCEPTED');
  });

  it('rejects a proposal whose first payment date has passed unless a new one is given', () => {
    const later = { ...context, asOf: new Date('2026-07-10T06:30:00Z') };
    expect(evaluateCounterOffer(standard, {}, later)).toMatchObject({ outcome: 'INVALID', field: 'firstPaymentDate', message: expect.stringContaining('has passed') });
  });

  it.each([
    [{ firstPaymentDate: '2026-02-30' }, 'firstPaymentDate'],
    [{ firstPaymentDate: 'next Friday' }, 'firstPaymentDate'],
    [{ monthlyAmount: 0 }, 'monthlyAmount'],
    [{ monthlyAmount: -500 }, 'monthlyAmount'],
    [{ monthlyAmount: 1 }, 'monthlyAmount'],
    [{ monthlyAmount: 2_000, termMonths: 12 }, 'monthlyAmount'],
    [{ kind: 'SETTLEMENT', monthlyAmount: 2_000 }, 'monthlyAmount'],
    [{ termMonths: 0 }, 'termMonths'],
    [{ termMonths: 6.5 }, 'termMonths'],
    [{ settlementAmount: -1 }, 'settlementAmount'],
    [{ settlementAmount: 60_000.01 }, 'settlementAmount'],
    [{ kind: 'STANDARD', settlementAmount: 50_000 }, 'settlementAmount'],
    [{ kind: 'BALLOON' }, 'kind'],
  ])('rejects %o as INVALID naming %s', (counter, field) => {
    expect(evaluateCounterOffer(standard, counter, context)).toMatchObject({ outcome: 'INVALID', field });
  });

  it('rejects a context that makes no sense', () => {
    expect(evaluateCounterOffer(standard, {}, { ...context, outstanding: 0 })).toMatchObject({ outcome: 'INVALID', field: 'outstanding' });
    expect(evaluateCounterOffer(standard, {}, { ...context, asOf: new Date('nope') })).toMatchObject({ outcome: 'INVALID', field: 'asOf' });
  });
});
