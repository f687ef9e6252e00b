import { describe, expect, it } from 'vitest';
import { generateRecoveryHistory } from '../../../../seeds/recovery-history.js';
import { PROPENSITY_FEATURE_NAMES, propensityFeatures, scorePropensity, trainPropensity, type PropensityExample } from './propensity.js';
import type { CaseProfile } from './segmentation.js';

const history = generateRecoveryHistory(20_240_701, 4000);
const examples: PropensityExample[] = history.map((c) => ({ features: propensityFeatures(c.profile), paid: c.paidWithin30Days, at: c.at }));
const model = trainPropensity(examples);
const coefficient = (name: string): number => model.coefficients[model.featureNames.indexOf(name as never)];

const steadyPayer: CaseProfile = {
  annualIncome: 720_000,
  spendProfile: { monthlyInflowMean: 60_000, monthlyOutflowMean: 40_000, inflowVariability: 0.05, peakMonths: [] },
  monthlyInstalment: 8_000,
  overdueAmount: 8_000,
  daysPastDue: 12,
  bucket: 'DPD_1_30',
  onTimeShare: 0.95,
  promisesKept: 1,
  promisesBroken: 0,
  contactAttempts: 3,
  contactsReached: 3,
  asOfMonth: 5,
};

describe('propensity to pay', () => {
  it('ranks the later 20% of cases well after training on the earlier 80%', () => {
    expect(model.metrics.n).toBe(4000);
    expect(model.metrics.holdoutN).toBe(800);
    expect(model.metrics.trainN).toBe(3200);
    expect(model.metrics.auc).toBeGreaterThan(0.7);
    expect(model.metrics.baseRate).toBeGreaterThan(0.2);
    expect(model.metrics.baseRate).toBeLessThan(0.8);
    // The holdout is the future: nothing trained on is later than anything held out.
    const later = examples.filter((e) => e.at.getTime() > Date.parse(model.trainedThrough)).length;
    expect(later).toBe(800);
  });

  it('learns the directions planted in the history', () => {
    expect(coefficient('on_time_share')).toBeGreaterThan(0);
    expect(coefficient('promises_kept')).toBeGreaterThan(0);
    expect(coefficient('log_free_cash_flow_ratio')).toBeGreaterThan(0);
    expect(coefficient('promises_broken')).toBeLessThan(0);
    expect(coefficient('days_past_due')).toBeLessThan(0);
  });

  it('builds the features in a fixed order, neutral on-time share when there is no history', () => {
    const f = propensityFeatures({ ...steadyPayer, onTimeShare: null });
    expect(f.names).toEqual(PROPENSITY_FEATURE_NAMES);
    const byName = Object.fromEntries(f.names.map((n, i) => [n, f.values[i]]));
    expect(byName).toMatchObject({ days_past_due: 12, on_time_share: 0.5, no_repayment_history: 1, promises_kept: 1, promises_broken: 0, reach_rate: 0.8, hardship: 0 });
    // (60,000 - 40,000) / 8,000 = 2.5 times the instalment.
    expect(byName.log_free_cash_flow_ratio).toBeCloseTo(Math.log(3.5), 10);
  });

  it('scores a steady payer above a case with broken promises, and explains by the biggest effects', () => {
    const good = scorePropensity(model, propensityFeatures(steadyPayer));
    const bad = scorePropensity(model, propensityFeatures({ ...steadyPayer, daysPastDue: 120, bucket: 'DPD_90_PLUS', onTimeShare: 0.4, promisesKept: 0, promisesBroken: 4 }));
    expect(good.probability).toBeGreaterThan(0.7);
    expect(bad.probability).toBeLessThan(0.2);
    const sizes = bad.contributions.map((c) => Math.abs(c.effect));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(bad.contributions.slice(0, 3).map((c) => c.feature)).toEqual(expect.arrayContaining(['promises_broken', 'days_past_due']));
    expect(bad.contributions.find((c) => c.feature === 'promises_broken')).toMatchObject({ value: 4 });
    expect(bad.contributions.every((c) => c.feature !== 'promises_broken' || c.effect < 0)).toBe(true);
  });

  it('is deterministic and refuses features of another layout', () => {
    expect(trainPropensity(examples)).toEqual(model);
    const wrong = { names: ['days_past_due'] as const, values: [3] };
    expect(() => scorePropensity(model, wrong)).toThrow(/do not match/);
    expect(() => trainPropensity(examples.slice(0, 5).map((e) => ({ ...e, paid: true })))).toThrow(/paid and unpaid/);
  });
});
