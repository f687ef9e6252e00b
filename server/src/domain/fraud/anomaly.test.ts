import { describe, expect, it } from 'vitest';
import { ANOMALY_DEFAULTS, localHour, mad, median, poissonTail, scoreApplicationAnomaly, type CustomerHistory } from './anomaly.js';

/** An instant given as IST wall-clock time. */
const ist = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(Date.UTC(y, mo - 1, d, h, mi) - 330 * 60_000);
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 86_400_000;

const NOW = ist(2025, 6, 10, 14, 30);
const daytimeHours = Array.from({ length: 80 }, (_, i) => 9 + (i % 10)); // 09:00–18:59 only

function history(overrides: Partial<CustomerHistory> = {}): CustomerHistory {
  return {
    previousApplications: [
      { amount: 50_000, submittedAt: new Date(NOW.getTime() - days(700)) },
      { amount: 65_000, submittedAt: new Date(NOW.getTime() - days(540)) },
      { amount: 40_000, submittedAt: new Date(NOW.getTime() - days(400)) },
      { amount: 80_000, submittedAt: new Date(NOW.getTime() - days(250)) },
      { amount: 60_000, submittedAt: new Date(NOW.getTime() - days(90)) },
    ],
    monthlyInflowMedian: 45_000,
    transactionHours: daytimeHours,
    ...overrides,
  };
}

describe('anomaly score', () => {
  it('does not flag an ordinary application from an established customer', () => {
    const r = scoreApplicationAnomaly({ amount: 70_000, submittedAt: NOW }, history());
    expect(r.flags).toEqual([]);
    expect(r.explanations).toEqual([]);
    expect(r.components).toEqual({ amount: 0, velocity: 0, timeOfDay: 0 });
    expect(r.score).toBe(0);
    expect(r.evidence).toMatchObject({ amountBasis: 'APPLICATIONS', applicationsLastHour: 1, hourIst: 14, transactionsKnown: 80 });
  });

  it('flags three applications within an hour', () => {
    const h = history();
    h.previousApplications.push(
      { amount: 60_000, submittedAt: new Date(NOW.getTime() - minutes(45)) },
      { amount: 60_000, submittedAt: new Date(NOW.getTime() - minutes(20)) },
    );
    const r = scoreApplicationAnomaly({ amount: 60_000, submittedAt: NOW }, h);
    expect(r.flags).toEqual(['HIGH_VELOCITY']);
    expect(r.components.velocity).toBe(1);
    expect(r.score).toBeGreaterThanOrEqual(0.9);
    expect(r.evidence.applicationsLastHour).toBe(3);
    expect(r.explanations[0]).toMatch(/^3rd application in the last hour; before this week, this customer applied 5 times in 23 months$/);
  });

  it('flags three applications within an hour even for a customer with no history at all', () => {
    const r = scoreApplicationAnomaly(
      { amount: 60_000, submittedAt: NOW },
      {
        previousApplications: [
          { amount: 60_000, submittedAt: new Date(NOW.getTime() - minutes(30)) },
          { amount: 60_000, submittedAt: new Date(NOW.getTime() - minutes(10)) },
        ],
        monthlyInflowMedian: null,
        transactionHours: [],
      },
    );
    expect(r.flags).toEqual(['HIGH_VELOCITY']);
    expect(r.explanations[0]).toBe('3rd application in the last hour; before this week, this customer had no applications on record');
  });

  it('does not flag a second application within the hour (a corrected form), nor one a week for a frequent applicant', () => {
    const h = history();
    h.previousApplications.push({ amount: 60_000, submittedAt: new Date(NOW.getTime() - minutes(15)) });
    expect(scoreApplicationAnomaly({ amount: 60_000, submittedAt: NOW }, h).flags).toEqual([]);

    // A trading business that applies for working capital every week for a year.
    const weekly = Array.from({ length: 52 }, (_, i) => ({ amount: 100_000, submittedAt: new Date(NOW.getTime() - days(7 * (i + 1))) }));
    const r = scoreApplicationAnomaly({ amount: 100_000, submittedAt: NOW }, history({ previousApplications: weekly }));
    expect(r.flags).toEqual([]);
    expect(r.evidence.baselinePerDay).toBeGreaterThan(0.1);
  });

  it('flags four applications in 24 hours and five in a week against a slow baseline', () => {
    const day = history();
    for (const h of [3, 9, 20]) day.previousApplications.push({ amount: 60_000, submittedAt: new Date(NOW.getTime() - h * 3_600_000) });
    const r = scoreApplicationAnomaly({ amount: 60_000, submittedAt: NOW }, day);
    expect(r.flags).toContain('HIGH_VELOCITY');
    expect(r.explanations[0]).toMatch(/^4th application in the last 24 hours/);

    const week = history();
    for (const d of [1.5, 2.5, 4, 6]) week.previousApplications.push({ amount: 60_000, submittedAt: new Date(NOW.getTime() - days(d)) });
    expect(scoreApplicationAnomaly({ amount: 60_000, submittedAt: NOW }, week).flags).toContain('HIGH_VELOCITY');
  });

  it('flags a 3 a.m. submission from a daytime-only customer', () => {
    const r = scoreApplicationAnomaly({ amount: 60_000, submittedAt: ist(2025, 6, 10, 3, 10) }, history());
    expect(r.flags).toEqual(['UNUSUAL_HOUR']);
    expect(r.components.timeOfDay).toBeGreaterThanOrEqual(0.5);
    // The hour alone is weak evidence: its weight caps the score.
    expect(r.score).toBeLessThanOrEqual(ANOMALY_DEFAULTS.weights.timeOfDay);
    expect(r.explanations).toEqual(["Submitted at 03:10 IST; none of this customer's 80 past transactions happened between 02:00 and 05:00"]);
    expect(r.evidence).toMatchObject({ hourIst: 3, hourShare: 0 });
  });

  it('does not flag 3 a.m. for a customer with no history, or too little to know their hours', () => {
    const at = ist(2025, 6, 10, 3, 10);
    const none = scoreApplicationAnomaly({ amount: 60_000, submittedAt: at }, history({ transactionHours: [] }));
    expect(none.components.timeOfDay).toBe(0);
    expect(none.flags).toEqual([]);
    const thin = scoreApplicationAnomaly({ amount: 60_000, submittedAt: at }, history({ transactionHours: [10, 11, 14, 15, 17] }));
    expect(thin.flags).toEqual([]);
  });

  it('smooths the hour circularly: next to a busy hour is not unusual; 23:30 neighbours 00:00', () => {
    const r = scoreApplicationAnomaly({ amount: 60_000, submittedAt: ist(2025, 6, 10, 8, 40) }, history());
    expect(r.components.timeOfDay).toBe(0);
    const nightOwl = Array.from({ length: 60 }, (_, i) => [0, 1, 22][i % 3]);
    const late = scoreApplicationAnomaly({ amount: 60_000, submittedAt: ist(2025, 6, 10, 23, 30) }, history({ transactionHours: nightOwl }));
    expect(late.components.timeOfDay).toBe(0);
    const noon = scoreApplicationAnomaly({ amount: 60_000, submittedAt: ist(2025, 6, 10, 12, 0) }, history({ transactionHours: nightOwl }));
    expect(noon.flags).toEqual(['UNUSUAL_HOUR']);
  });

  it('flags an amount far above the customer’s usual applications', () => {
    const r = scoreApplicationAnomaly({ amount: 600_000, submittedAt: NOW }, history());
    expect(r.flags).toEqual(['UNUSUAL_AMOUNT']);
    expect(r.components.amount).toBe(1);
    expect(r.evidence.typicalAmount).toBe(60_000);
    expect(r.explanations[0]).toBe("₹6,00,000 is 10× this customer's typical application of ₹60,000 (median of 5 earlier applications)");
    // Asking for less than usual is not suspicious.
    expect(scoreApplicationAnomaly({ amount: 5_000, submittedAt: NOW }, history()).components.amount).toBe(0);
  });

  it('is robust: one huge past loan does not mask the next one', () => {
    const amounts = [20_000, 25_000, 30_000, 5_000_000];
    const h = history({
      previousApplications: amounts.map((amount, i) => ({ amount, submittedAt: new Date(NOW.getTime() - days(300 - 60 * i)) })),
    });
    const r = scoreApplicationAnomaly({ amount: 5_000_000, submittedAt: NOW }, h);
    expect(r.flags).toContain('UNUSUAL_AMOUNT');
    expect(r.evidence.amountZ).toBeGreaterThan(10);

    // With mean and standard deviation of the logs, the same request would look ordinary.
    const logs = amounts.map(Math.log);
    const mean = logs.reduce((a, b) => a + b) / logs.length;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (logs.length - 1));
    expect((Math.log(5_000_000) - mean) / sd).toBeLessThan(2);

    // And an ordinary request from the same customer is still ordinary.
    expect(scoreApplicationAnomaly({ amount: 28_000, submittedAt: NOW }, h).flags).toEqual([]);
  });

  it('does not flag a customer who always asks the same amount for a little more (scale floor)', () => {
    const same = Array.from({ length: 6 }, (_, i) => ({ amount: 50_000, submittedAt: new Date(NOW.getTime() - days(60 * (i + 1))) }));
    const r = scoreApplicationAnomaly({ amount: 75_000, submittedAt: NOW }, history({ previousApplications: same }));
    expect(r.components.amount).toBe(0);
  });

  it('compares with monthly inflow when there are fewer than 3 earlier applications', () => {
    const thin = history({ previousApplications: [{ amount: 30_000, submittedAt: new Date(NOW.getTime() - days(200)) }], monthlyInflowMedian: 30_000 });
    const big = scoreApplicationAnomaly({ amount: 500_000, submittedAt: NOW }, thin);
    expect(big.flags).toEqual(['UNUSUAL_AMOUNT']);
    expect(big.evidence).toMatchObject({ amountBasis: 'INFLOW', inflowMultiple: 16.667 });
    expect(big.explanations[0]).toBe("₹5,00,000 is 17× the customer's median monthly inflow of ₹30,000");

    const atTwelve = scoreApplicationAnomaly({ amount: 360_000, submittedAt: NOW }, thin);
    expect(atTwelve.components.amount).toBeCloseTo(0.5, 3);
    expect(scoreApplicationAnomaly({ amount: 200_000, submittedAt: NOW }, thin).flags).toEqual([]);
  });

  it('has no amount signal without any baseline', () => {
    const r = scoreApplicationAnomaly({ amount: 10_000_000, submittedAt: NOW }, { previousApplications: [], monthlyInflowMedian: null, transactionHours: [] });
    expect(r.evidence.amountBasis).toBe('NONE');
    expect(r.score).toBe(0);
  });

  it('combines signals with a weighted noisy-OR, and takes thresholds from options', () => {
    const at = ist(2025, 6, 10, 3, 0);
    const h = history();
    h.previousApplications.push(
      { amount: 60_000, submittedAt: new Date(at.getTime() - minutes(45)) },
      { amount: 60_000, submittedAt: new Date(at.getTime() - minutes(20)) },
    );
    const r = scoreApplicationAnomaly({ amount: 900_000, submittedAt: at }, h);
    expect(r.flags).toEqual(['UNUSUAL_AMOUNT', 'HIGH_VELOCITY', 'UNUSUAL_HOUR']);
    expect(r.explanations).toHaveLength(3);
    const { amount, velocity, timeOfDay } = r.components;
    const w = ANOMALY_DEFAULTS.weights;
    expect(r.score).toBeCloseTo(1 - (1 - w.amount * amount) * (1 - w.velocity * velocity) * (1 - w.timeOfDay * timeOfDay), 2);

    const strict = scoreApplicationAnomaly({ amount: 150_000, submittedAt: NOW }, history(), { flagThreshold: 0.1 });
    expect(strict.flags).toEqual(['UNUSUAL_AMOUNT']);
    expect(scoreApplicationAnomaly({ amount: 150_000, submittedAt: NOW }, history()).flags).toEqual([]);
  });

  it('ignores bad history entries and rejects an invalid submission time', () => {
    const r = scoreApplicationAnomaly(
      { amount: 60_000, submittedAt: NOW },
      history({ transactionHours: [...daytimeHours, -1, 24, 3.5, NaN], previousApplications: [{ amount: NaN, submittedAt: new Date('x') }] }),
    );
    expect(r.evidence.transactionsKnown).toBe(80);
    expect(() => scoreApplicationAnomaly({ amount: 1, submittedAt: new Date('nope') }, history())).toThrow(/submittedAt/);
  });
});

describe('helpers', () => {
  it('median and MAD', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(mad([1, 1, 2, 2, 4, 6, 9])).toBe(1);
  });

  it('Poisson upper tail', () => {
    expect(poissonTail(0, 0.5)).toBe(1);
    expect(poissonTail(1, 0.5)).toBeCloseTo(1 - Math.exp(-0.5), 12);
    expect(poissonTail(3, 2)).toBeCloseTo(1 - Math.exp(-2) * (1 + 2 + 2), 12);
    // Tiny tails keep their precision (no 1 − sum cancellation).
    expect(poissonTail(2, 1e-4)).toBeCloseTo(5e-9, 12);
    expect(poissonTail(2, 1e-4)).toBeGreaterThan(4.99e-9);
  });

  it('IST hour of an instant', () => {
    expect(localHour(new Date('2025-06-09T21:30:00Z'))).toBe(3);
    expect(localHour(new Date('2025-06-10T18:29:00Z'))).toBe(23);
    expect(localHour(new Date('2025-06-10T18:30:00Z'))).toBe(0);
    expect(localHour(new Date('1960-01-01T00:00:00Z'))).toBe(5);
  });
});
