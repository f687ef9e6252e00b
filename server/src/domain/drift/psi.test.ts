import { describe, expect, it } from 'vitest';
import { psi } from '../../ml/scorecard/metrics.js';
import { driftLevel, EPSILON, psiAgainst, referenceOf, worstStatus } from './psi.js';

const term = (e: number, a: number) => (Math.max(a, EPSILON) - Math.max(e, EPSILON)) * Math.log(Math.max(a, EPSILON) / Math.max(e, EPSILON));

describe('referenceOf', () => {
  it('cuts a numeric sample at its quantiles, each bin holding its training share', () => {
    const ref = referenceOf('x', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ref).toEqual({ name: 'x', kind: 'FEATURE', edges: [2, 3, 4, 5, 6, 7, 8, 9, 10], shares: new Array(10).fill(0.1), missingShare: 0, sampleSize: 10 });
  });

  it('merges tied cut points and keeps missing values apart', () => {
    const ref = referenceOf('x', [0, 0, 0, 0, 0, 0, 1, 2, null, Number.NaN], 4);
    // present = six 0s, 1, 2 (n = 8): quantiles at 2, 4, 6 are 0, 0, 1 -> cuts [1]
    expect(ref.edges).toEqual([1]);
    expect(ref.shares).toEqual([0.6, 0.2]);
    expect(ref.missingShare).toBe(0.2);
    expect(ref.shares.length).toBe(ref.edges.length + 1);
  });

  it('keeps the categories of a categorical sample, most frequent first, and an empty bin for unseen ones', () => {
    const ref = referenceOf('pattern', ['GIG', 'SALARY', 'SALARY', null]);
    expect(ref).toMatchObject({ edges: [], categories: ['SALARY', 'GIG'], shares: [0.5, 0.25, 0], missingShare: 0.25, sampleSize: 4 });
  });

  it('marks the output score', () => {
    expect(referenceOf('score', [600, 610], 10, { kind: 'SCORE' }).kind).toBe('SCORE');
  });
});

describe('psiAgainst', () => {
  const ref = referenceOf('x', [1, 2, 3, 4], 2); // edges [3], shares [0.5, 0.5]

  it('is exactly 0 for the training sample itself', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const r = psiAgainst(referenceOf('x', values), values);
    expect(r.psi).toBe(0);
    expect(r.status).toBe('OK');
    expect(r.bins).toHaveLength(10);
    expect(r.bins[0]).toMatchObject({ lower: null, upper: 2, expectedShare: 0.1, actualShare: 0.1 });
    expect(r.bins[9]).toMatchObject({ lower: 10, upper: null });
  });

  it('gives the hand-computed PSI of a planted shift', () => {
    expect(ref.edges).toEqual([3]);
    // 3 of 4 below the cut: (0.75 - 0.5) ln(0.75 / 0.5) + (0.25 - 0.5) ln(0.25 / 0.5) = 0.25 ln 3
    const shifted = psiAgainst(ref, [1, 1, 2, 4]);
    expect(shifted.psi).toBeCloseTo(0.25 * Math.log(3), 14);
    expect(shifted.psi).toBeCloseTo(0.274653072167, 11);
    expect(shifted.status).toBe('ALERT');
    // 7 of 10 below: 0.2 ln(0.7 / 0.5) + 0.2 ln(0.5 / 0.3) = 0.2 ln(7 / 3) = 0.16946
    const drifting = psiAgainst(ref, [1, 1, 1, 1, 2, 2, 2, 3, 4, 9]);
    expect(drifting.psi).toBeCloseTo(0.2 * Math.log(7 / 3), 14);
    expect(drifting.status).toBe('WARNING');
    // 13 of 20 below: 0.15 ln(13 / 7) = 0.0929
    const stable = psiAgainst(ref, [...new Array(13).fill(2), ...new Array(7).fill(3)]);
    expect(stable.psi).toBeCloseTo(0.15 * Math.log(13 / 7), 14);
    expect(stable.status).toBe('OK');
  });

  it('counts an empty bin as epsilon, so a value moving wholly into one bin is a finite, large PSI', () => {
    const r = psiAgainst(ref, [9, 9, 9]);
    expect(r.psi).toBeCloseTo(term(0.5, 0) + term(0.5, 1), 12);
    // (1e-4 - 0.5) ln(1e-4 / 0.5) + (1 - 0.5) ln(1 / 0.5) = 0.4999 * 8.5172 + 0.5 * 0.6931
    expect(r.psi).toBeCloseTo(4.6043, 3);
  });

  it('compares the missing share as a bin of its own', () => {
    const withNulls = referenceOf('bureau_score', [1, 2, null, null], 2); // edges [2], shares [0.25, 0.25], missing 0.5
    expect(psiAgainst(withNulls, [1, null, 2, undefined]).psi).toBe(0);
    const noneMissing = psiAgainst(withNulls, [1, 1, 2, 2]);
    expect(noneMissing.psi).toBeCloseTo(2 * term(0.25, 0.5) + term(0.5, 0), 12);
    expect(noneMissing.bins.map((b) => b.label)).toEqual(['(-inf, 2)', '[2, +inf)', '(missing)']);
    // A missing bin appears only when a side has missing values.
    expect(psiAgainst(ref, [1, 4]).bins.map((b) => b.label)).toEqual(['(-inf, 3)', '[3, +inf)']);
    expect(psiAgainst(ref, [1, null]).psi).toBeCloseTo(term(0.5, 0.5) + term(0.5, 0) + term(0, 0.5), 12);
  });

  it('compares categories, unseen ones in an "(other)" bin', () => {
    const cat = referenceOf('pattern', ['A', 'A', 'B', null]); // A 0.5, B 0.25, other 0, missing 0.25
    expect(psiAgainst(cat, ['A', 'B', 'A', null]).psi).toBe(0);
    const r = psiAgainst(cat, ['A', 'B', 'C', 'C']);
    expect(r.bins.map((b) => [b.label, b.expectedShare, b.actualShare])).toEqual([
      ['A', 0.5, 0.25],
      ['B', 0.25, 0.25],
      ['(other)', 0, 0.5],
      ['(missing)', 0.25, 0],
    ]);
    expect(r.psi).toBeCloseTo(term(0.5, 0.25) + term(0.5 * 0, 0.5) + term(0.25, 0), 12);
  });

  it('agrees with the scorecard metrics psi() on numeric samples', () => {
    let s = 7;
    const rand = () => ((s = (s * 48271) % 2147483647) / 2147483647);
    const expected = Array.from({ length: 500 }, () => 300 + 400 * rand());
    const actual = Array.from({ length: 200 }, () => 350 + 400 * rand());
    const ours = psiAgainst(referenceOf('score', expected), actual);
    expect(ours.psi).toBeCloseTo(psi(expected, actual).psi, 12);
    expect(ours.bins.map((b) => b.actualShare)).toEqual(psi(expected, actual).buckets.map((b) => b.actualShare));
  });

  it('gives no PSI but NOT_ENOUGH_DATA for an empty or too small window, never a fake 0', () => {
    expect(psiAgainst(ref, [])).toEqual({ psi: null, status: 'NOT_ENOUGH_DATA', sampleSize: 0, bins: [] });
    expect(psiAgainst(ref, new Array(49).fill(1), { minSample: 50 })).toMatchObject({ psi: null, status: 'NOT_ENOUGH_DATA', sampleSize: 49 });
    expect(psiAgainst(ref, new Array(50).fill(1), { minSample: 50 }).status).toBe('ALERT');
    expect(psiAgainst(referenceOf('x', []), [1, 2]).status).toBe('NOT_ENOUGH_DATA');
  });
});

describe('driftLevel', () => {
  it('warns above 0.1 and alerts above 0.25', () => {
    expect(driftLevel(0)).toBe('OK');
    expect(driftLevel(0.1)).toBe('OK');
    expect(driftLevel(0.1000001)).toBe('WARNING');
    expect(driftLevel(0.25)).toBe('WARNING');
    expect(driftLevel(0.2500001)).toBe('ALERT');
    expect(driftLevel(3)).toBe('ALERT');
    expect(() => driftLevel(Number.NaN)).toThrow(RangeError);
  });

  it('takes the worst status of a model: ALERT > WARNING > NOT_ENOUGH_DATA > OK', () => {
    expect(worstStatus(['OK', 'WARNING', 'OK'])).toBe('WARNING');
    expect(worstStatus(['OK', 'NOT_ENOUGH_DATA'])).toBe('NOT_ENOUGH_DATA');
    expect(worstStatus(['NOT_ENOUGH_DATA', 'ALERT', 'WARNING'])).toBe('ALERT');
    expect(worstStatus(['OK'])).toBe('OK');
    expect(worstStatus([])).toBe('NOT_ENOUGH_DATA');
  });
});
