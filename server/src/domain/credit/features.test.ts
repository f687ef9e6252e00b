import { describe, expect, it } from 'vitest';
import type { BureauReport } from '../../bureau/report.js';
import { altDataSignals, catalogEntry, describeFeatures, FEATURE_CATALOG, featureWording, scorecardFeatureSpecs } from './feature-catalog.js';
import { creditFeatures, isSeasonalIncome, MODEL_FEATURES, transactionFeatures, type AltDataFeatures, type AltTransaction } from './features.js';

// ---------------------------------------------------------------- hand-built statements

const IST = 330 * 60_000;
/** Decisions are taken on 1 November 2026 (IST): the window is November 2025 to October 2026. */
const AS_OF = new Date(Date.UTC(2026, 10, 1) - IST);
/** Calendar month (1-12) of window month 0..11. */
const calendarMonth = (m: number) => ((10 + m) % 12) + 1;

interface Line {
  /** Window month, 0 (Nov 2025) .. 11 (Oct 2026). */
  m: number;
  day: number;
  amount: number;
  category: string;
  channel?: string;
  description?: string;
  hour?: number;
}

/** Statement lines in time order with running balances from the opening balance (null: no balances). */
function statement(lines: Line[], opening: number | null): AltTransaction[] {
  const rows = lines
    .map((l, i) => ({
      i,
      occurredAt: new Date(Date.UTC(2025, 10 + l.m, l.day, l.hour ?? 10) - IST),
      amount: l.amount,
      category: l.category,
      channel: l.channel ?? 'UPI',
      description: l.description ?? l.category,
      balanceAfter: null as number | null,
    }))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.i - b.i);
  let balance = opening ?? 0;
  for (const r of rows) {
    balance += r.amount;
    if (opening != null) r.balanceAfter = balance;
  }
  return rows.map(({ i: _i, ...r }) => r);
}

const months = Array.from({ length: 12 }, (_, m) => m);

/** Everyday life: groceries and fuel by UPI, a utility bill, every month. */
function everyday(scale: number, skipUtilities: number[] = []): Line[] {
  return months.flatMap((m) => [
    { m, day: 4, amount: -Math.round(2_000 * scale), category: 'groceries' },
    { m, day: 12, amount: -Math.round(2_500 * scale), category: 'groceries' },
    { m, day: 20, amount: -Math.round(1_500 * scale), category: 'fuel' },
    { m, day: 26, amount: -Math.round(1_800 * scale), category: 'groceries' },
    ...(skipUtilities.includes(m) ? [] : [{ m, day: 10, amount: -Math.round(1_200 * scale), category: 'utilities', description: 'Electricity bill' }]),
  ]);
}

const emi = (m: number, amount: number, name = 'Harbor Personal Loan'): Line => ({ m, day: 5, amount: -amount, category: 'emi', channel: 'ACH', description: `EMI - ${name}` });
const bounce = (m: number, day = 6): Line => ({ m, day, amount: -590, category: 'bounce_charge', channel: 'ACH', description: 'NACH return charges', hour: 20 });

function steadySalary(): AltTransaction[] {
  return statement(
    [
      ...months.map((m) => ({ m, day: 1, amount: 60_000, category: 'salary', channel: 'NEFT', description: 'Salary credit' })),
      ...months.map((m) => ({ m, day: 2, amount: -15_000, category: 'rent', channel: 'NEFT', description: 'House rent' })),
      ...months.map((m) => emi(m, 9_000)),
      ...everyday(1),
      ...months.map((m) => ({ m, day: 18, amount: -12_000, category: 'shopping' })),
    ],
    80_000,
  );
}

function gigWorker(): AltTransaction[] {
  const weekly = [4_200, 3_100, 5_000, 2_600, 4_800, 3_900, 2_200, 4_400, 5_200, 3_000, 3_700, 4_600];
  return statement(
    [
      ...months.flatMap((m) => [1, 8, 15, 22].map((day, w) => ({ m, day, amount: weekly[(m + w) % 12], category: 'gig_payout', description: 'Weekly payout - delivery platform' }))),
      ...months.map((m) => ({ m, day: 3, amount: -5_000, category: 'rent', description: 'House rent' })),
      ...everyday(0.8),
    ],
    6_000,
  );
}

/** Crop sales in October-November and March-April, income support in April, August and December. */
function harvestFarmer(): AltTransaction[] {
  const cropMonths: Record<number, number> = { 10: 150_000, 11: 90_000, 3: 60_000, 4: 120_000 };
  return statement(
    [
      ...months.flatMap((m) => (cropMonths[calendarMonth(m)] ? [{ m, day: 14, amount: cropMonths[calendarMonth(m)], category: 'crop_sale', channel: 'NEFT' }] : [])),
      ...months.flatMap((m) => ([4, 8, 12].includes(calendarMonth(m)) ? [{ m, day: 20, amount: 2_000, category: 'subsidy', channel: 'NEFT' }] : [])),
      ...months.flatMap((m) => ([6, 7, 10, 11].includes(calendarMonth(m)) ? [{ m, day: 8, amount: -25_000, category: 'farm_inputs', channel: 'CASH' }] : [])),
      ...everyday(1),
    ],
    60_000,
  );
}

/**
 * Financial distress: income falls in the last five months, spending does not, instant loans
 * fill the gap, EMIs bounce on an empty account and the electricity bill goes unpaid.
 */
function distressed(): AltTransaction[] {
  const lines: Line[] = [];
  for (const m of months) {
    const late = m >= 7;
    lines.push({ m, day: late ? 12 : 1, amount: late ? 24_000 : 40_000, category: 'salary', channel: 'NEFT', description: 'Salary credit' });
    lines.push({ m, day: 2, amount: -9_000, category: 'rent', channel: 'UPI', description: 'House rent' });
    if (!(m === 9 || m === 11)) lines.push(emi(m, 7_000));
    else lines.push(bounce(m));
    lines.push({ m, day: 16, amount: -(late ? 16_000 : 12_000), category: 'shopping' });
  }
  lines.push(...everyday(1, [8, 10, 11]));
  for (const m of [7, 8, 9, 10]) {
    lines.push({ m, day: 20, amount: 8_000, category: 'payday_loan', description: 'Instant loan credit - RupeeRush' });
    lines.push({ m: m + 1, day: 20, amount: -9_600 - m * 50, category: 'emi', channel: 'ACH', description: 'Instant loan repayment - RupeeRush' });
  }
  return statement(lines, 3_000);
}

/** Able but unwilling: a good salary and five months of spending in the bank, EMIs bounce anyway. */
function wilfulNonPayer(): AltTransaction[] {
  return statement(
    [
      ...months.map((m) => ({ m, day: 1, amount: 150_000, category: 'salary', channel: 'NEFT', description: 'Salary credit' })),
      ...months.map((m) => ([3, 7, 10].includes(m) ? bounce(m) : emi(m, 25_000, 'Lotus Car Loan'))),
      ...months.map((m) => ({ m, day: 15, amount: -60_000, category: 'shopping' })),
      ...everyday(2),
    ],
    400_000,
  );
}

const features = (txns: AltTransaction[]) => transactionFeatures(txns, AS_OF);

// ---------------------------------------------------------------- transactionFeatures

describe('transactionFeatures', () => {
  it('reads a steady salary: regular income, bills paid, EMIs as obligations, a healthy buffer', () => {
    const f = features(steadySalary());
    expect(f.monthsObserved).toBe(12);
    expect(f.monthsWithIncome).toBe(12);
    expect(f.monthlyIncome).toBe(60_000);
    expect(f.incomeRegularity).toBe(1);
    expect(f.incomeSeasonality).toBeCloseTo(0.25, 4);
    expect(f.incomePattern).toBe('SALARY');
    expect(f.peakIncomeMonths).toEqual([]);
    expect(f.billPaymentConsistency).toBe(1);
    expect(f.missedBillPayments).toBe(0);
    expect(f.monthlyObligations).toBe(9_000);
    expect(f.debtToIncome).toBeCloseTo(0.15, 4);
    expect(f.bouncedPayments).toBe(0);
    expect(f.paydayLoans).toBe(0);
    expect(f.upiConsistency).toBe(1);
    expect(f.balanceBufferMonths).toBeGreaterThan(1.5);
    expect(f.balanceTrend).toBeGreaterThan(0); // saves a little every month
    expect(f.cashFlowVolatility).toBe(0);
  });

  it('reads gig income: weekly UPI payouts, less regular than a salary, no seasonality', () => {
    const gig = features(gigWorker());
    const salary = features(steadySalary());
    expect(gig.incomePattern).toBe('GIG');
    expect(gig.monthsWithIncome).toBe(12);
    expect(gig.incomeRegularity!).toBeLessThan(salary.incomeRegularity!);
    expect(gig.incomeRegularity!).toBeGreaterThan(0.7);
    expect(gig.incomeSeasonality!).toBeLessThan(0.35);
    expect(gig.upiConsistency).toBe(1);
    expect(gig.billPaymentConsistency).toBe(1);
    expect(gig.monthlyObligations).toBe(0);
    expect(gig.debtToIncome).toBe(0);
  });

  it('reads harvest income: seasonal, with the harvest months as peaks', () => {
    const f = features(harvestFarmer());
    expect(f.incomePattern).toBe('HARVEST');
    expect(f.monthsWithIncome).toBe(6); // four sale months and two of the three support instalments outside them
    expect(f.incomeSeasonality!).toBeGreaterThan(0.8);
    expect(f.incomeRegularity).toBe(0);
    expect(f.peakIncomeMonths.slice().sort((a, b) => a - b)).toEqual([3, 4, 10, 11]);
    expect(f.peakIncomeMonths[0]).toBe(10); // the biggest sale first
    expect(f.cashFlowVolatility!).toBeGreaterThan(1);
    expect(isSeasonalIncome(f)).toBe(true);
    expect(isSeasonalIncome(features(steadySalary()))).toBe(false);
  });

  it('reads distress: payday loans, bounces without funds, missed bills and a falling balance', () => {
    const f = features(distressed());
    expect(f.paydayLoans).toBe(4);
    expect(f.paydayLoanAmount).toBe(32_000);
    expect(f.bouncedPayments).toBe(2);
    expect(f.bouncesWithFunds).toBe(0);
    // Two bounced EMIs and three unpaid electricity bills.
    expect(f.missedBillPayments).toBe(5);
    expect(f.billPaymentConsistency!).toBeLessThan(0.9);
    expect(f.balanceTrend!).toBeLessThan(-0.25);
    expect(f.balanceBufferMonths!).toBeLessThan(0.5);
    expect(f.incomeRegularity!).toBeLessThan(features(steadySalary()).incomeRegularity!);
    // Instant-loan repayments vary: they are not a recurring bill, but they are debt payments.
    expect(f.monthlyObligations).toBeGreaterThan(7_000);
    const signals = altDataSignals(f);
    expect(signals.wilful).toEqual([]);
    expect(signals.distress.join(' ')).toMatch(/payday/);
    expect(signals.distress.join(' ')).toMatch(/bounced for lack of funds/);
  });

  it('reads wilful non-payment: bounces while the balance would have covered them', () => {
    const f = features(wilfulNonPayer());
    expect(f.bouncedPayments).toBe(3);
    expect(f.bouncesWithFunds).toBe(3);
    expect(f.paydayLoans).toBe(0);
    expect(f.balanceBufferMonths!).toBeGreaterThan(2);
    expect(f.missedBillPayments).toBe(3);
    expect(altDataSignals(f).wilful).toEqual(['Three payments bounced while the account held enough to cover them']);
  });

  it('only reads the twelve complete months before the month of the decision, in any input order', () => {
    const base = steadySalary();
    const outside = [
      { occurredAt: new Date(Date.UTC(2025, 9, 31, 12) - IST), amount: 999_999, category: 'salary', channel: 'NEFT', balanceAfter: 1 },
      { occurredAt: new Date(Date.UTC(2026, 10, 1, 9) - IST), amount: -5_000, category: 'bounce_charge', channel: 'ACH', balanceAfter: 1 },
    ];
    const shuffled = [...base].reverse();
    expect(features([...outside, ...shuffled])).toEqual(features(base));
    // A decision mid-November still reads November 2025 to October 2026.
    expect(transactionFeatures(base, new Date(Date.UTC(2026, 10, 20) - IST))).toEqual(features(base));
  });

  it('gives null ratios without income or balances, and zero counts without transactions', () => {
    const empty = features([]);
    expect(empty.monthsObserved).toBe(0);
    expect(empty.incomePattern).toBe('NONE');
    expect(empty.incomeRegularity).toBeNull();
    expect(empty.balanceBufferMonths).toBeNull();
    expect(empty.billPaymentConsistency).toBeNull();
    expect(empty.debtToIncome).toBeNull();
    const noBalances = features(steadySalary().map((t) => ({ ...t, balanceAfter: null })));
    expect(noBalances.balanceBufferMonths).toBeNull();
    expect(noBalances.balanceTrend).toBeNull();
    expect(noBalances.bouncesWithFunds).toBe(0);
    expect(noBalances.monthsWithIncome).toBe(12);
  });

  it('treats a bill that stopped long ago as ended, not missed, unless payments bounce after it', () => {
    const repaid = statement(
      [...months.map((m) => ({ m, day: 1, amount: 30_000, category: 'salary', channel: 'NEFT' })), ...[0, 1, 2, 3, 4].map((m) => emi(m, 5_000))],
      10_000,
    );
    const f = features(repaid);
    expect(f.missedBillPayments).toBe(0);
    expect(f.billPaymentConsistency).toBe(1);
    expect(f.monthlyObligations).toBe(0); // repaid: no longer an obligation
    const stopped = statement([...months.map((m) => ({ m, day: 1, amount: 30_000, category: 'salary', channel: 'NEFT' })), ...[0, 1, 2, 3, 4].map((m) => emi(m, 5_000)), bounce(8)], 10_000);
    expect(features(stopped).missedBillPayments).toBe(7);
  });

  it('does not count loan credits, transfers or refunds as income', () => {
    const f = features(
      statement(
        [
          { m: 0, day: 3, amount: 20_000, category: 'payday_loan' },
          { m: 1, day: 3, amount: 50_000, category: 'transfer' },
          { m: 2, day: 3, amount: 10_000, category: 'salary', channel: 'NEFT' },
        ],
        0,
      ),
    );
    expect(f.monthsWithIncome).toBe(1);
    expect(f.monthlyIncome).toBeCloseTo(10_000 / 12, 2);
    expect(f.monthlyInflow).toBeCloseTo(80_000 / 12, 2);
    expect(f.paydayLoans).toBe(1);
  });
});

// ---------------------------------------------------------------- creditFeatures

const report = (over: Partial<BureauReport> = {}): BureauReport => ({
  subjectRef: 'demo:1',
  hit: true,
  score: 712,
  activeAccounts: 2,
  delinquencies24m: 1,
  maxDaysPastDue24m: 30,
  writtenOffAccounts: 0,
  willfulDefaulter: false,
  enquiries6m: 2,
  oldestAccountMonths: 50,
  totalOutstanding: 200_000,
  monthlyObligations: 12_000,
  reportedAt: '2026-10-31T00:00:00.000Z',
  ...over,
});

const individual = { kind: 'INDIVIDUAL', age: 31, yearsInBusiness: null, annualIncome: 840_000 };
const application = { amount: 300_000, termMonths: 36, productCategory: 'PERSONAL_LOAN', monthlyInstalment: 10_200 };

describe('creditFeatures', () => {
  it('gives exactly the model features, alt-data and bureau included', () => {
    const alt = features(steadySalary());
    const v = creditFeatures({ alt, profile: individual, application, bureau: report() });
    expect(Object.keys(v)).toEqual([...MODEL_FEATURES]);
    expect(v.income_months).toBe(12);
    expect(v.income_pattern).toBe('SALARY');
    expect(v.loan_to_income).toBeCloseTo(300_000 / 840_000, 4);
    // Existing EMIs: the bureau's 12,000 (other lenders too) beats the 9,000 seen in the account.
    expect(v.debt_to_income_after).toBeCloseTo((12_000 + 10_200) / 60_000, 4);
    expect(v.age).toBe(31);
    expect(v.years_in_business).toBeNull();
    expect(v.product_category).toBe('PERSONAL_LOAN');
    expect(v.bureau_score).toBe(712);
    expect(v.bureau_delinquencies_24m).toBe(1);
    expect(v.bureau_enquiries_6m).toBe(2);
    expect(v.bureau_written_off_accounts).toBe(0);
    expect(v.bureau_wilful_default).toBe(0);
    expect(v.bureau_file_age_months).toBe(50);
    expect(v.wilful_bounces_12m).toBe(0);
  });

  it('leaves alt-data features null without transactions, and uses declared income then', () => {
    const v = creditFeatures({ alt: null, profile: individual, application, bureau: report({ monthlyObligations: 0 }) });
    for (const k of ['income_months', 'income_regularity', 'balance_buffer_months', 'bill_payment_consistency', 'payday_loans_12m', 'income_pattern']) expect(v[k]).toBeNull();
    expect(v.debt_to_income_after).toBeCloseTo(10_200 / 70_000, 4);
    expect(creditFeatures({ alt: features([]), profile: individual, application, bureau: null }).income_months).toBeNull();
  });

  it('leaves bureau features null when the bureau was not used or has no file', () => {
    const alt = features(gigWorker());
    const bureauKeys = MODEL_FEATURES.filter((k) => k.startsWith('bureau_'));
    for (const bureau of [null, report({ hit: false, score: null, oldestAccountMonths: null })]) {
      const v = creditFeatures({ alt, profile: { ...individual, age: 22 }, application, bureau });
      for (const k of bureauKeys) expect(v[k], k).toBeNull();
      expect(v.income_months).toBe(12);
    }
  });

  it('gives a business years in business instead of an age, and flags a wilful defaulter', () => {
    const v = creditFeatures({
      alt: features(wilfulNonPayer()),
      profile: { kind: 'BUSINESS', age: null, yearsInBusiness: 6, annualIncome: 5_000_000, segment: 'SMALL_BUSINESS' },
      application: { ...application, productCategory: 'BUSINESS_LOAN' },
      bureau: report({ willfulDefaulter: true, writtenOffAccounts: 1 }),
    });
    expect(v.age).toBeNull();
    expect(v.years_in_business).toBe(6);
    expect(v.bureau_wilful_default).toBe(1);
    expect(v.bureau_written_off_accounts).toBe(1);
    expect(v.wilful_bounces_12m).toBe(3);
  });
});

// ---------------------------------------------------------------- the catalog

describe('feature catalog', () => {
  it('has one entry per model feature, in order, with unique stable codes', () => {
    expect(FEATURE_CATALOG.map((e) => e.name)).toEqual([...MODEL_FEATURES]);
    const codes = FEATURE_CATALOG.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of FEATURE_CATALOG) {
      expect(e.code).toMatch(/^(ALT|APP|BUR)\d\d$/);
      expect(e.code.startsWith('BUR')).toBe(e.name.startsWith('bureau_'));
      expect(e.label.length).toBeGreaterThan(2);
      expect(e.missing.length).toBeGreaterThan(10);
      if (e.hint) expect(e.hint).toMatch(/^[a-z]+ing\b/); // completes "... would add 20 points"
    }
    expect(scorecardFeatureSpecs().filter((s) => s.type === 'categorical').map((s) => s.name)).toEqual(['income_pattern', 'product_category']);
    expect(MODEL_FEATURES.length).toBeGreaterThanOrEqual(15);
    expect(MODEL_FEATURES.length).toBeLessThanOrEqual(25);
  });

  it('words reasons about the applicant in plain language', () => {
    const r = featureWording.reason;
    expect(r('income_months', 7)).toBe('Income arrived in only 7 of the last 12 months');
    expect(r('income_months', 12)).toBe('Income arrived in every one of the last 12 months');
    expect(r('bounced_payments_12m', 2)).toBe('Two scheduled payments bounced in the last 12 months');
    expect(r('debt_to_income_after', 0.583)).toBe('The new credit would take debt payments to 58% of monthly income');
    expect(r('payday_loans_12m', 1)).toBe('One payday-style instant loan was taken in the last 12 months');
    expect(r('bill_payment_consistency', 0.75)).toMatch(/paid in only 75% of the months they were due/);
    expect(r('balance_trend', -1.23)).toBe('Balances in the last 3 months were lower than in the 3 months before by about 1.2 months of spending');
    expect(r('balance_buffer_months', 0.04)).toMatch(/close to zero/);
    expect(r('income_pattern', 'HARVEST')).toBe('Income comes mainly from seasonal harvest sales');
    expect(r('bureau_wilful_default', 1)).toMatch(/wilful defaulter/);
    expect(r('bureau_file_age_months', 30)).toBe('The oldest credit account on file is 2 years old');
    expect(r('product_category', 'MORTGAGE')).toBe('The credit applied for is a home loan');
    expect(r('income_regularity', 1)).toBe('Monthly income was the same every month');
    expect(r('income_regularity', 0.55)).toBe('Monthly income varied by about 45% from month to month');
    expect(r('loan_to_income', 0.004)).toBe('The amount asked for is <1% of annual income');
    expect(r('loan_to_income', 1.46)).toBe('The amount asked for is 1.5 times annual income');
    expect(featureWording.code('bureau_score')).toBe('BUR01');
    expect(featureWording.hint('bill_payment_consistency')).toBe('paying every bill on time for 6 months');
    expect(featureWording.hint('age')).toBeNull();
    expect(featureWording.formatValue('income_months', 7)).toBe('7 of 12 months');
    expect(featureWording.formatValue('debt_to_income_after', null)).toBeNull();
    expect(() => catalogEntry('favourite_colour')).toThrow(/unknown model feature/);
  });

  it('words a missing value as missing, never as something the model did not see', () => {
    expect(featureWording.reason('bureau_score', null)).toBe('No credit bureau file was available to this decision');
    expect(featureWording.reason('income_months', null)).toBe('No account transactions were available to this decision');
    const values = creditFeatures({ alt: null, profile: individual, application, bureau: null });
    const reasons = describeFeatures(values);
    expect(reasons).toHaveLength(MODEL_FEATURES.length);
    for (const x of reasons) if (values[x.feature] == null) expect(x.text).toBe(catalogEntry(x.feature).missing);
  });

  it('words every feature of real histories without throwing', () => {
    for (const alt of [steadySalary(), gigWorker(), harvestFarmer(), distressed(), wilfulNonPayer()].map(features)) {
      const v = creditFeatures({ alt, profile: individual, application, bureau: report() });
      for (const x of describeFeatures(v)) {
        expect(x.text).not.toMatch(/undefined|NaN|null/);
        expect(x.text.charAt(0)).toBe(x.text.charAt(0).toUpperCase());
      }
    }
  });

  it('says nothing about distress or wilfulness when there is none', () => {
    expect(altDataSignals(features(steadySalary()))).toEqual({ distress: [], wilful: [] });
    expect(altDataSignals(null)).toEqual({ distress: [], wilful: [] });
    const none: AltDataFeatures = features([]);
    expect(altDataSignals(none)).toEqual({ distress: [], wilful: [] });
  });
});
