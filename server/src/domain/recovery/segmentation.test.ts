import { describe, expect, it } from 'vitest';
import { ABILITY_HIGH_FROM, HARDSHIP_ABILITY_CAP, STRATEGY_BY_SEGMENT, incomeTiming, segmentCase, type CaseProfile } from './segmentation.js';

/** A farmer with a good record: ₹30,000 average inflow, most of it at the Oct-Nov and Mar-Apr sales. */
const farmer: CaseProfile = {
  annualIncome: 360_000,
  spendProfile: { monthlyInflowMean: 30_000, monthlyOutflowMean: 24_000, inflowVariability: 1.2, peakMonths: [10, 11, 3, 4] },
  monthlyInstalment: 5_000,
  overdueAmount: 10_000,
  daysPastDue: 40,
  bucket: 'DPD_31_60',
  onTimeShare: 0.95,
  promisesKept: 2,
  promisesBroken: 0,
  contactAttempts: 6,
  contactsReached: 5,
  asOfMonth: 7,
};

/** Earns well and could pay, but has broken every promise and rarely answers. */
const strategicDefaulter: CaseProfile = {
  annualIncome: 3_600_000,
  spendProfile: { monthlyInflowMean: 300_000, monthlyOutflowMean: 180_000, inflowVariability: 0.05, peakMonths: [] },
  monthlyInstalment: 40_000,
  overdueAmount: 160_000,
  daysPastDue: 95,
  bucket: 'DPD_90_PLUS',
  onTimeShare: 0.85,
  promisesKept: 0,
  promisesBroken: 3,
  contactAttempts: 10,
  contactsReached: 2,
  asOfMonth: 7,
};

const texts = (p: CaseProfile): string[] => segmentCase(p).reasons.map((r) => r.text);

describe('recovery segmentation', () => {
  it('puts a farmer with a good record in a lean month on a hardship plan', () => {
    const s = segmentCase(farmer);
    expect(s).toMatchObject({ ability: 'LOW', willingness: 'HIGH', segment: 'UNABLE_WILLING', strategy: 'HARDSHIP_PLAN' });
    expect(s.abilityScore).toBeLessThan(ABILITY_HIGH_FROM);
    expect(texts(farmer)).toEqual(
      expect.arrayContaining([
        'Expected inflow this month ₹8,400 does not cover spending of ₹24,000: nothing is left for the ₹5,000 instalment',
        'A lean month, 3 months from the Oct peak: about ₹8,400 expected against an average of ₹30,000',
        'Paid 95% of past dues on time',
        'Kept 2 of 2 promises to pay, broke 0',
        'Answered 5 of 6 contact attempts (83%)',
        'Unable and willing: a hardship plan',
      ]),
    );
  });

  it('finds the same farmer able to pay at the harvest sale', () => {
    const atHarvest = segmentCase({ ...farmer, asOfMonth: 11 });
    expect(atHarvest).toMatchObject({ ability: 'HIGH', segment: 'ABLE_WILLING', strategy: 'GENTLE_REMINDER' });
    expect(atHarvest.abilityScore).toBeGreaterThan(segmentCase({ ...farmer, asOfMonth: 12 }).abilityScore);
    expect(segmentCase({ ...farmer, asOfMonth: 12 }).abilityScore).toBeGreaterThan(segmentCase(farmer).abilityScore);
    expect(atHarvest.reasons.map((r) => r.text)).toContain('Nov is a peak income month: about ₹66,000 expected against an average of ₹30,000');
  });

  it('sends a high earner with three broken promises at 95 days past due to legal, and to the field before 90', () => {
    const s = segmentCase(strategicDefaulter);
    expect(s).toMatchObject({ ability: 'HIGH', willingness: 'LOW', segment: 'ABLE_UNWILLING', strategy: 'LEGAL' });
    expect(texts(strategicDefaulter)).toEqual(
      expect.arrayContaining([
        'Monthly inflow ₹3,00,000 covers the ₹40,000 instalment 3.0 times after spending of ₹1,80,000',
        'Kept 0 of 3 promises to pay, broke 3',
        'Answered 2 of 10 contact attempts (20%)',
        'Able and unwilling at 95 days past due: legal action',
      ]),
    );
    expect(segmentCase({ ...strategicDefaulter, daysPastDue: 75, bucket: 'DPD_61_90' }).strategy).toBe('FIELD_ESCALATION');
  });

  it('words the cash-flow reason with the actual amounts and cover', () => {
    const salaried: CaseProfile = {
      ...strategicDefaulter,
      spendProfile: { monthlyInflowMean: 42_000, monthlyOutflowMean: 28_350, inflowVariability: 0.04, peakMonths: [] },
      monthlyInstalment: 6_500,
    };
    expect(segmentCase(salaried).reasons[0]).toEqual({
      code: 'ABILITY_COVERS_INSTALMENT',
      text: 'Monthly inflow ₹42,000 covers the ₹6,500 instalment 2.1 times after spending of ₹28,350',
    });
  });

  it('offers a settlement to a case that can neither pay nor engages', () => {
    const s = segmentCase({ ...strategicDefaulter, spendProfile: { ...strategicDefaulter.spendProfile, monthlyOutflowMean: 295_000 }, overdueAmount: 900_000 });
    expect(s).toMatchObject({ segment: 'UNABLE_UNWILLING', strategy: 'SETTLEMENT_OFFER' });
  });

  it('caps ability under a declared hardship and says so', () => {
    const s = segmentCase({ ...farmer, asOfMonth: 11, hardship: true });
    expect(s.abilityScore).toBe(HARDSHIP_ABILITY_CAP);
    expect(s.segment).toBe('UNABLE_WILLING');
    expect(s.reasons[0].code).toBe('ABILITY_HARDSHIP');
  });

  it('treats a customer without history as neither good nor bad, and falls back to income without inflows', () => {
    const newToCredit: CaseProfile = {
      ...farmer,
      spendProfile: { monthlyInflowMean: 0, monthlyOutflowMean: 10_000, inflowVariability: 0, peakMonths: [] },
      annualIncome: 480_000,
      onTimeShare: null,
      promisesKept: 0,
      promisesBroken: 0,
      contactAttempts: 0,
      contactsReached: 0,
    };
    const s = segmentCase(newToCredit);
    expect(s.willingnessScore).toBe(0.5);
    expect(s.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['WILLINGNESS_NO_HISTORY', 'WILLINGNESS_NO_PROMISES', 'WILLINGNESS_NOT_CONTACTED']));
    expect(s.reasons[0].text).toBe('Monthly inflow ₹40,000 covers the ₹5,000 instalment 6.0 times after spending of ₹10,000');
  });

  it('maps every segment to its strategy', () => {
    expect(STRATEGY_BY_SEGMENT).toEqual({
      ABLE_WILLING: 'GENTLE_REMINDER',
      UNABLE_WILLING: 'HARDSHIP_PLAN',
      UNABLE_UNWILLING: 'SETTLEMENT_OFFER',
      ABLE_UNWILLING: 'FIELD_ESCALATION',
    });
  });

  it('places a month relative to the nearest peak, across the year end, and refuses a bad month', () => {
    const seasonal = { ...farmer.spendProfile, peakMonths: [11] };
    expect(incomeTiming(seasonal, 1)).toMatchObject({ season: 'LEAN', monthsFromPeak: 2, nearestPeakMonth: 11 });
    expect(incomeTiming(seasonal, 12)).toMatchObject({ season: 'NEAR_PEAK', inflowFactor: 1 });
    expect(incomeTiming({ ...seasonal, inflowVariability: 0.1 }, 1)).toMatchObject({ season: 'STEADY', inflowFactor: 1 });
    expect(() => incomeTiming(seasonal, 13)).toThrow(/asOfMonth/);
  });
});
