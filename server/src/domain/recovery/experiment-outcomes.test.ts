import { describe, expect, it } from 'vitest';
import { experimentResults, toneUnderArm, validateExperiment, type EnrolledCaseOutcome, type ExperimentDefinition } from './experiment-outcomes.js';

const definition = (over: Partial<ExperimentDefinition> = {}): ExperimentDefinition => ({
  name: 'Firm reminders',
  hypothesis: 'A firm first reminder cures more able customers than the tone chosen from the case',
  primaryMetric: 'CURE_RATE',
  arms: [
    { name: 'control', weight: 1, tone: null, planKind: null },
    { name: 'firm', weight: 1, tone: 'FIRM', planKind: null },
  ],
  ...over,
});

/** `n` cases of one arm, the first `resolved` of them cured, each with the given promises and payment. */
function cases(arm: string, n: number, resolved: number, each: Partial<EnrolledCaseOutcome> = {}): EnrolledCaseOutcome[] {
  return Array.from({ length: n }, (_, i) => ({ arm, resolved: i < resolved, promisesKept: 0, promisesBroken: 0, recovered: 0, overdueAtEnrolment: 10_000, ...each }));
}

describe('validateExperiment', () => {
  it('accepts a control and a treatment', () => {
    expect(validateExperiment(definition())).toBeNull();
  });

  it('names the input at fault', () => {
    expect(validateExperiment(definition({ name: ' ' }))).toMatchObject({ field: 'input.name' });
    expect(validateExperiment(definition({ hypothesis: '' }))).toMatchObject({ field: 'input.hypothesis' });
    expect(validateExperiment(definition({ arms: [definition().arms[0]] }))).toMatchObject({ field: 'input.arms', message: expect.stringMatching(/2 to 4 arms/) });
    expect(validateExperiment(definition({ arms: [definition().arms[0], { ...definition().arms[1], name: 'Firm Tone' }] }))).toMatchObject({ field: 'input.arms[1].name' });
    expect(validateExperiment(definition({ arms: [definition().arms[0], { ...definition().arms[1], name: 'control' }] }))).toMatchObject({ field: 'input.arms[1].name', message: expect.stringMatching(/two arms are named/) });
    expect(validateExperiment(definition({ arms: [definition().arms[0], { ...definition().arms[1], weight: 0 }] }))).toMatchObject({ field: 'input.arms[1].weight' });
    expect(validateExperiment(definition({ arms: [definition().arms[0], { ...definition().arms[1], tone: null }] }))).toMatchObject({ field: 'input.arms', message: expect.stringMatching(/same way/) });
  });
});

describe('toneUnderArm', () => {
  const arm = { experiment: 'Firm reminders', arm: 'firm', tone: 'FIRM' as const };
  it('gives the arm its tone', () => {
    const t = toneUnderArm({ tone: 'NEUTRAL', reason: { code: 'DEFAULT', text: 'Neutral wording' } }, arm);
    expect(t).toMatchObject({ tone: 'FIRM', reason: { code: 'EXPERIMENT_ARM' } });
    expect(t.reason.text).toMatch(/Firm reminders.*firm/);
  });
  it('never writes firmly to a vulnerable customer or one unable to pay', () => {
    for (const code of ['VULNERABLE', 'UNABLE_TO_PAY']) {
      const t = toneUnderArm({ tone: 'EMPATHETIC', reason: { code, text: 'Empathetic wording' } }, arm);
      expect(t.tone).toBe('EMPATHETIC');
      expect(t.reason.text).toMatch(/kept over the firm tone of arm "firm"/);
    }
  });
  it('leaves the chosen tone alone when the arm sets none', () => {
    const chosen = { tone: 'NEUTRAL' as const, reason: { code: 'DEFAULT', text: 'Neutral wording' } };
    expect(toneUnderArm(chosen, { ...arm, tone: null })).toBe(chosen);
  });
});

describe('experimentResults', () => {
  it('finds the winner on the primary metric when the difference is significant', () => {
    // 60/200 cured against 30/200: z about 3.5.
    const r = experimentResults(['control', 'firm'], 'CURE_RATE', [...cases('control', 200, 30), ...cases('firm', 200, 60)]);
    expect(r.winner).toBe('firm');
    const cure = r.comparisons.find((c) => c.metric === 'CURE_RATE')!;
    expect(cure.difference).toBeCloseTo(0.15, 10);
    expect(cure.pValue!).toBeLessThan(0.001);
    expect(cure.ciLow!).toBeGreaterThan(0);
    expect(cure.text).toMatch(/30\.0% \(60\/200\) against 15\.0% \(30\/200\)/);
    expect(r.summary).toMatch(/^firm beats the control \(control\) on cure rate/);
    expect(r.arms.map((a) => [a.arm, a.cases, a.resolved])).toEqual([
      ['control', 200, 30],
      ['firm', 200, 60],
    ]);
  });

  it('calls no winner on a small difference, and says so', () => {
    const r = experimentResults(['control', 'firm'], 'CURE_RATE', [...cases('control', 40, 10), ...cases('firm', 40, 12)]);
    expect(r.winner).toBeNull();
    expect(r.comparisons.find((c) => c.metric === 'CURE_RATE')!.significant).toBe(false);
    expect(r.summary).toMatch(/No arm differs significantly .* 80 cases enrolled/);
  });

  it('says when the control wins, and a significantly worse arm is never the winner', () => {
    const r = experimentResults(['control', 'firm'], 'CURE_RATE', [...cases('control', 200, 60), ...cases('firm', 200, 30)]);
    expect(r.winner).toBeNull();
    expect(r.summary).toMatch(/The control \(control\) beats every other arm/);
  });

  it('compares promise-kept rates over settled promises, and amounts recovered per case with Welch', () => {
    const control = [...cases('control', 10, 0, { promisesKept: 1, promisesBroken: 1, recovered: 1_000 }), ...cases('control', 10, 0, { promisesBroken: 1, recovered: 1_200 })];
    const plan = [...cases('plan', 10, 0, { promisesKept: 2, recovered: 5_000 }), ...cases('plan', 10, 0, { promisesKept: 1, promisesBroken: 1, recovered: 5_400 })];
    const r = experimentResults(['control', 'plan'], 'AMOUNT_RECOVERED', [...control, ...plan]);
    const [c, p] = r.arms;
    expect(c).toMatchObject({ promisesKept: 10, promisesSettled: 30, amountRecovered: 22_000, meanRecoveredPerCase: 1_100 });
    expect(c.promiseKeptRate).toBeCloseTo(1 / 3, 10);
    expect(c.recoveryRate).toBeCloseTo(22_000 / 200_000, 10);
    expect(p).toMatchObject({ promisesKept: 30, promisesSettled: 40, amountRecovered: 104_000 });
    const amount = r.comparisons.find((x) => x.metric === 'AMOUNT_RECOVERED')!;
    expect(amount).toMatchObject({ significant: true, difference: 4_100 });
    expect(amount.text).toMatch(/₹5,200 per case against ₹1,100 for control/);
    expect(r.winner).toBe('plan');
  });

  it('reports no comparison, rather than a made-up one, before there is anything to compare', () => {
    const r = experimentResults(['control', 'firm', 'plan'], 'PROMISE_KEPT_RATE', cases('control', 3, 1));
    expect(r.comparisons).toHaveLength(6); // two treatment arms, three metrics
    for (const c of r.comparisons) expect(c).toMatchObject({ difference: null, pValue: null, significant: false });
    expect(r.arms[1]).toMatchObject({ cases: 0, cureRate: null, promiseKeptRate: null, meanRecoveredPerCase: null });
    expect(experimentResults(['control', 'firm'], 'CURE_RATE', []).summary).toBe('No case has been enrolled yet.');
  });
});
