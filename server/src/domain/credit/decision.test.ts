import { describe, expect, it } from 'vitest';
import type { FeatureValues } from '../../../../drizzle/schema.js';
import type { BureauReport } from '../../bureau/report.js';
import { creditTerms, monthlyInstalment, seasonalSchedule, type TermsProduct } from './credit-terms.js';
import { decide, type ApplicantFacts, type DecisionRequest, type Scorer } from './decision.js';
import { DEFAULT_CREDIT_POLICY, changePolicy, gradeFor, policyChanges } from './policy.js';

// A transparent stand-in for the scorecard: 600 points at 50:1, minus points for debt-to-income
// and for a "risk" feature the tests set. Contributions are exact, as the real card's are.
const FACTOR = 20 / Math.LN2;
const OFFSET = 600 - FACTOR * Math.log(50);
const scorer: Scorer = {
  version: 'test-card',
  score(f: FeatureValues) {
    const dti = Number(f.dti ?? 0);
    const risk = Number(f.risk ?? 0);
    const dtiPoints = 300 - Math.min(80, Math.round(dti * 100));
    const riskPoints = 300 - risk;
    const score = dtiPoints + riskPoints;
    return {
      score,
      pd: 1 / (1 + Math.exp((score - OFFSET) / FACTOR)),
      contributions: [
        { feature: 'dti', value: dti, bin: 'dti', points: dtiPoints, maxPoints: 300, pointsLost: 300 - dtiPoints },
        { feature: 'risk', value: risk, bin: 'risk', points: riskPoints, maxPoints: 300, pointsLost: risk },
      ],
    };
  },
  pdAtScore: (score) => 1 / (1 + Math.exp((score - OFFSET) / FACTOR)),
};

const wording = {
  code: (f: string) => `T_${f.toUpperCase()}`,
  label: (f: string) => f,
  reason: (f: string, v: unknown) => `${f} is ${String(v)}`,
  hint: (f: string) => (f === 'risk' ? 'lowering the risk' : null),
  formatValue: (_f: string, v: unknown) => (v == null ? null : String(v)),
};

const LOAN: TermsProduct & { name: string } = { id: 'pl-test', name: 'Test Loan', category: 'PERSONAL_LOAN', tags: [], aprMin: 12, aprMax: 24 };
const CARD: TermsProduct & { name: string } = { id: 'cc-test', name: 'Test Card', category: 'CREDIT_CARD', tags: [], aprMin: 36, aprMax: 42 };

const applicant = (over: Partial<ApplicantFacts> = {}): ApplicantFacts => ({
  kind: 'INDIVIDUAL',
  age: 30,
  annualIncome: 1_200_000,
  monthlyIncome: 100_000,
  monthlyObligations: 10_000,
  outstandingDebt: 300_000,
  seasonalIncome: false,
  incomeMonths: [],
  distressSignals: [],
  wilfulSignals: [],
  ineligible: [],
  ...over,
});

const BUREAU: BureauReport = {
  subjectRef: 'demo:1',
  hit: true,
  score: 740,
  activeAccounts: 2,
  delinquencies24m: 0,
  maxDaysPastDue24m: 0,
  writtenOffAccounts: 0,
  willfulDefaulter: false,
  enquiries6m: 1,
  oldestAccountMonths: 60,
  totalOutstanding: 300_000,
  monthlyObligations: 10_000,
  reportedAt: '2026-11-01T00:00:00.000Z',
};

function request(over: Partial<DecisionRequest> & { risk?: number } = {}): DecisionRequest {
  const product = over.product ?? LOAN;
  const a = over.applicant ?? applicant();
  const risk = over.risk ?? 0;
  return {
    amount: 500_000,
    termMonths: 36,
    product,
    terms: creditTerms(product)!,
    applicant: a,
    bureau: { used: true, report: BUREAU },
    fraud: { anomalyScore: 0.1, flags: [], explanations: [], ring: null },
    features: (_amount, _term, instalment) => ({ dti: (a.monthlyObligations + instalment) / a.monthlyIncome, risk }),
    scorer,
    wording,
    policy: DEFAULT_CREDIT_POLICY,
    now: new Date('2026-11-21T10:00:00Z'),
    ...over,
  };
}

describe('decide', () => {
  it('approves an affordable, low-risk loan with a monthly schedule priced inside the APR range', () => {
    const d = decide(request());
    expect(d.outcome).toBe('APPROVE');
    expect(d.approvedAmount).toBe(500_000);
    expect(d.repaymentSchedule).toHaveLength(36);
    expect(d.aprPercent).toBeGreaterThanOrEqual(12);
    expect(d.aprPercent).toBeLessThanOrEqual(24);
    expect(d.repaymentSchedule[0].amount).toBeCloseTo(monthlyInstalment(500_000, 36, d.aprPercent!), 1);
    expect(d.counterfactuals.some((c) => /up to/.test(c))).toBe(true);
  });

  it('offers the amount asked over a longer term when the instalment is what stands in the way', () => {
    const d = decide(request({ amount: 1_500_000, termMonths: 24 }));
    expect(d.outcome).toBe('COUNTER_OFFER');
    expect(d.counterOffer?.kind).toBe('LONGER_TERM');
    expect(d.counterOffer!.termMonths).toBeGreaterThan(24);
    expect(d.reasons.map((r) => r.code)).toContain('POL_AFFORDABILITY');
    expect(d.counterfactuals.some((c) => c.includes(`A term of ${d.counterOffer!.termMonths} months instead of 24`))).toBe(true);
  });

  it('offers a smaller amount when the risk of the amount asked is too high, and says which amount', () => {
    // 30 risk points lost: approvable only while debt-to-income stays low.
    const d = decide(request({ risk: 30, amount: 3_000_000, termMonths: 72 }));
    expect(d.outcome).toBe('COUNTER_OFFER');
    expect(d.counterOffer?.kind).toBe('SMALLER_AMOUNT');
    expect(d.approvedAmount).toBeLessThan(3_000_000);
    const again = decide(request({ risk: 30, amount: d.approvedAmount!, termMonths: 72 }));
    expect(again.outcome).toBe('APPROVE');
    expect(d.counterfactuals[0]).toMatch(/instead of ₹30,00,000 would be approved/);
  });

  it('declines wilful defaulters first, whatever else is true', () => {
    const d = decide(request({ bureau: { used: true, report: { ...BUREAU, willfulDefaulter: true } }, applicant: applicant({ ineligible: ['Credit score too low'] }) }));
    expect(d.outcome).toBe('DECLINE');
    expect(d.reasons[0]).toMatchObject({ code: 'POL_WILFUL_DEFAULT', source: 'POLICY', contribution: 0 });
    expect(d.approvedAmount).toBeNull();
  });

  it('refers fraud rings, with the fraud reason first and the flag set', () => {
    const ring = { applicants: 6, applications: 7, sharedKinds: ['DEVICE'], flagged: true, reason: 'shares a device with 5 other applicants' };
    const d = decide(request({ fraud: { anomalyScore: 0.1, flags: [], explanations: [], ring } }));
    expect(d.outcome).toBe('REFER');
    expect(d.fraudFlags).toContain('FRAUD_RING');
    expect(d.reasons[0]).toMatchObject({ code: 'FRD_RING', source: 'FRAUD' });
  });

  it('offers to restructure existing debt instead of new credit to a customer in distress', () => {
    const d = decide(request({ applicant: applicant({ distressSignals: ['three payday loans', 'two bounced EMIs'], monthlyObligations: 55_000 }) }));
    expect(d.outcome).toBe('COUNTER_OFFER');
    expect(d.counterOffer?.kind).toBe('RESTRUCTURING');
    expect(d.counterOffer!.monthlyInstalment).toBeLessThanOrEqual(100_000 * 0.35 + 1);
    expect(d.counterOffer!.amount).toBe(300_000);
    expect(d.reasons[0].code).toBe('POL_FINANCIAL_DISTRESS');
  });

  it('caps a card limit without a bureau score and still approves the card', () => {
    const d = decide(request({ product: CARD, amount: 200_000, termMonths: 12, bureau: { used: true, report: { ...BUREAU, hit: false, score: null } } }));
    expect(d.outcome).toBe('APPROVE');
    expect(d.creditLimit).toBe(DEFAULT_CREDIT_POLICY.noBureauMaxAmount);
    expect(d.reasons.some((r) => r.code === 'POL_CARD_LIMIT')).toBe(true);
  });

  it('gives at most four reasons, score reasons ordered by the points they cost', () => {
    const d = decide(request({ risk: 120, amount: 2_500_000, termMonths: 24 }));
    expect(d.reasons.length).toBeLessThanOrEqual(4);
    const score = d.reasons.filter((r) => r.source === 'SCORE');
    const lost = score.map((r) => -r.contribution);
    expect([...lost].sort((a, b) => b - a)).toEqual(lost);
    // The hint of the costliest improvable feature appears as a counterfactual with its points.
    expect(d.counterfactuals.some((c) => c.startsWith('Lowering the risk would add 120 points'))).toBe(true);
  });
});

describe('credit terms', () => {
  it('spreads a seasonal loan over the harvest months only, repaying more than the principal', () => {
    const s = seasonalSchedule(100_000, 12, 12, new Date('2026-11-21T00:00:00Z'), [4, 11]);
    expect(s.map((p) => p.dueDate.slice(5, 7))).toEqual(['04', '11']);
    const total = s.reduce((a, p) => a + p.amount, 0);
    expect(total).toBeGreaterThan(100_000);
    expect(total).toBeLessThan(110_000);
  });

  it('treats crop loans as seasonal term loans, and savings as no credit at all', () => {
    expect(creditTerms({ id: 'x', category: 'BUSINESS_LOAN', tags: ['crop', 'working-capital', 'seasonal-repayment'], aprMin: 7, aprMax: 9 })).toMatchObject({ seasonal: true, revolving: false });
    expect(creditTerms({ id: 'y', category: 'SAVINGS', tags: [], aprMin: null, aprMax: null })).toBeNull();
  });
});

describe('credit policy', () => {
  it('accepts a consistent change and lists what changed', () => {
    const r = changePolicy(DEFAULT_CREDIT_POLICY, { maxDebtToIncome: 0.4 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(policyChanges(DEFAULT_CREDIT_POLICY, r.value)).toEqual([{ field: 'maxDebtToIncome', from: '0.5', to: '0.4' }]);
  });

  it('refuses inconsistent values, naming the field', () => {
    expect(changePolicy(DEFAULT_CREDIT_POLICY, { approveMaxPd: 0.3, referMaxPd: 0.2 })).toMatchObject({ ok: false, field: 'referMaxPd' });
    expect(changePolicy(DEFAULT_CREDIT_POLICY, { minAge: 16 })).toMatchObject({ ok: false, field: 'minAge' });
    expect(
      changePolicy(DEFAULT_CREDIT_POLICY, {
        gradeBands: [
          { grade: 'A', minScore: 500 },
          { grade: 'B', minScore: 600 },
        ],
      }),
    ).toMatchObject({ ok: false, field: 'gradeBands[1].minScore' });
  });

  it('grades by the first band whose minimum the score reaches', () => {
    expect(gradeFor(DEFAULT_CREDIT_POLICY, 700)).toBe('A');
    expect(gradeFor(DEFAULT_CREDIT_POLICY, 575)).toBe('C');
    expect(gradeFor(DEFAULT_CREDIT_POLICY, 100)).toBe('E');
  });
});
