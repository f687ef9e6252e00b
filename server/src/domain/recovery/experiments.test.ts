import { describe, expect, it } from 'vitest';
import { assignArm, compareMeans, compareRates, normalCdf, regularizedIncompleteBeta, studentTCdf, wilsonInterval } from './experiments.js';

describe('assignArm', () => {
  const arms = [
    { name: 'control', weight: 0.5 },
    { name: 'empathetic-sms', weight: 0.3 },
    { name: 'whatsapp-first', weight: 0.2 },
  ];

  it('is sticky: the same experiment and unit always get the same arm', () => {
    const first = Array.from({ length: 50 }, (_, i) => assignArm('tone-2026-04', `case-${i}`, arms));
    const again = Array.from({ length: 50 }, (_, i) => assignArm('tone-2026-04', `case-${i}`, arms));
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  it('respects the weights over 10,000 units, within 2 points', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const arm = assignArm('tone-2026-04', `case-${i}`, arms);
      counts.set(arm, (counts.get(arm) ?? 0) + 1);
    }
    for (const { name, weight } of arms) expect(Math.abs((counts.get(name) ?? 0) / 10_000 - weight)).toBeLessThan(0.02);
  });

  it('accepts weights that do not sum to 1 and never picks a zero-weight arm', () => {
    const lopsided = [
      { name: 'a', weight: 0 },
      { name: 'b', weight: 3 },
      { name: 'c', weight: 1 },
    ];
    const picks = Array.from({ length: 2000 }, (_, i) => assignArm('exp', String(i), lopsided));
    expect(picks).not.toContain('a');
    expect(picks.filter((p) => p === 'b').length / 2000).toBeCloseTo(0.75, 1);
  });

  it('assigns a unit independently in different experiments', () => {
    const two = [
      { name: 'A', weight: 1 },
      { name: 'B', weight: 1 },
    ];
    let same = 0;
    for (let i = 0; i < 2000; i++) if (assignArm('exp-1', `u${i}`, two) === assignArm('exp-2', `u${i}`, two)) same++;
    // Independent coin flips agree about half the time; a shared hash would agree always.
    expect(same / 2000).toBeGreaterThan(0.45);
    expect(same / 2000).toBeLessThan(0.55);
  });

  it('rejects arms it cannot split between', () => {
    expect(() => assignArm('e', 'u', [])).toThrow(/at least one arm/);
    expect(() => assignArm('e', 'u', [{ name: 'a', weight: 0 }])).toThrow(/positive/);
    expect(() => assignArm('e', 'u', [{ name: 'a', weight: -1 }])).toThrow(/weight of a/);
    expect(() => assignArm('e', 'u', [{ name: 'a', weight: 1 }, { name: 'a', weight: 1 }])).toThrow(/duplicate/);
  });
});

describe('distribution functions', () => {
  it('match tabulated values', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
    expect(normalCdf(-3.5)).toBeCloseTo(0.000232629, 8);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    // t with 10 df: 2.228 is the 97.5% point; with 1 df it is the Cauchy distribution.
    expect(studentTCdf(2.228, 10)).toBeCloseTo(0.974994, 5);
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 10);
    expect(studentTCdf(-1.5, 3.7)).toBeCloseTo(0.1067991, 6);
    expect(regularizedIncompleteBeta(0.3, 2.5, 0.5)).toBeCloseTo(0.01892712, 7);
  });
});

describe('wilsonInterval', () => {
  it('matches Newcombe (1998): 81/263 gives 0.2553 to 0.3662', () => {
    const { low, high } = wilsonInterval({ n: 263, successes: 81 });
    expect(low).toBeCloseTo(0.2553, 4);
    expect(high).toBeCloseTo(0.3662, 4);
  });

  it('stays inside [0, 1] at the extremes', () => {
    expect(wilsonInterval({ n: 20, successes: 0 }).low).toBe(0);
    expect(wilsonInterval({ n: 20, successes: 0 }).high).toBeCloseTo(0.1611, 4);
    expect(wilsonInterval({ n: 20, successes: 20 }).high).toBe(1);
  });
});

describe('compareRates', () => {
  it('gives z = -1.96 and p = 0.0496 for 120/1000 against 150/1000', () => {
    const r = compareRates({ n: 1000, successes: 120 }, { n: 1000, successes: 150 });
    expect(r.rateA).toBe(0.12);
    expect(r.rateB).toBe(0.15);
    expect(r.diff).toBeCloseTo(-0.03, 12);
    expect(r.z).toBeCloseTo(-1.96305, 4);
    expect(r.pValue).toBeCloseTo(0.04964, 4);
    expect(r.significant).toBe(true);
    expect(r.ciLow).toBeLessThan(r.diff);
    expect(r.ciHigh).toBeGreaterThan(r.diff);
  });

  it('matches Newcombe (1998) for the difference: 56/70 - 48/80 gives 0.0524 to 0.3339', () => {
    const r = compareRates({ n: 70, successes: 56 }, { n: 80, successes: 48 });
    expect(r.diff).toBeCloseTo(0.2, 12);
    expect(r.ciLow).toBeCloseTo(0.0524, 4);
    expect(r.ciHigh).toBeCloseTo(0.3339, 4);
    expect(r.z).toBeCloseTo(2.65017, 4);
    expect(r.pValue).toBeCloseTo(0.008045, 5);
  });

  it('does not call a small difference significant', () => {
    const r = compareRates({ n: 500, successes: 60 }, { n: 500, successes: 55 });
    expect(r.significant).toBe(false);
    expect(r.ciLow).toBeLessThan(0);
    expect(r.ciHigh).toBeGreaterThan(0);
  });

  it('sees no evidence when both arms are all failures, and rejects impossible counts', () => {
    const none = compareRates({ n: 10, successes: 0 }, { n: 12, successes: 0 });
    expect(none).toMatchObject({ z: 0, pValue: 1, significant: false });
    expect(() => compareRates({ n: 0, successes: 0 }, { n: 10, successes: 1 })).toThrow(/a\.n/);
    expect(() => compareRates({ n: 10, successes: 1 }, { n: 10, successes: 11 })).toThrow(/b\.successes/);
  });
});

describe('compareMeans', () => {
  // Student's sleep data (R's `sleep`): t.test(extra ~ group) gives t = -1.8608, df = 17.776, p = 0.07939.
  const group1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const group2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

  it('matches R and scipy on the sleep data', () => {
    const r = compareMeans(group1, group2);
    expect(r.meanA).toBeCloseTo(0.75, 12);
    expect(r.meanB).toBeCloseTo(2.33, 12);
    expect(r.diff).toBeCloseTo(-1.58, 12);
    expect(r.t).toBeCloseTo(-1.860813, 5);
    expect(r.df).toBeCloseTo(17.776474, 5);
    expect(r.pValue).toBeCloseTo(0.0793941, 6);
    expect(r.significant).toBe(false);
  });

  it('finds a clear difference in amounts recovered, and is symmetric in its arms', () => {
    const a = [5200, 6100, 4800, 5900, 6300, 5500, 5800, 6000];
    const b = [3100, 2900, 4200, 3500, 3900, 2800, 3300];
    const ab = compareMeans(a, b);
    const ba = compareMeans(b, a);
    expect(ab.significant).toBe(true);
    expect(ab.pValue).toBeLessThan(0.001);
    expect(ba.t).toBeCloseTo(-ab.t, 12);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
  });

  it('handles constant arms and rejects arms too small for a variance', () => {
    expect(compareMeans([100, 100], [100, 100, 100])).toMatchObject({ t: 0, pValue: 1, significant: false });
    expect(compareMeans([200, 200], [100, 100])).toMatchObject({ pValue: 0, significant: true });
    expect(() => compareMeans([1], [1, 2])).toThrow(/a needs at least 2/);
    expect(() => compareMeans([1, 2], [1, Number.NaN])).toThrow(/b must hold finite/);
  });
});
