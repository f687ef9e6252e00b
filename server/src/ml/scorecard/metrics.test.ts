import { describe, expect, it } from 'vitest';
import { auc, brier, calibrationTable, gini, ks, psi, rocCurve, summarize } from './metrics.js';

describe('auc', () => {
  it('counts the share of (bad, good) pairs ranked correctly', () => {
    // bads {0.35, 0.8} vs goods {0.1, 0.4}: 0.35>0.1, 0.35<0.4, 0.8>0.1, 0.8>0.4 -> 3/4
    expect(auc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
  });
  it('counts ties as half', () => {
    // bads {0.5, 0.9} vs goods {0.5, 0.2}: 0.5 tie (0.5) + 1 + 1 + 1 -> 3.5/4
    expect(auc([0.5, 0.5, 0.2, 0.9], [true, false, false, true])).toBe(0.875);
    expect(auc([1, 1, 1, 1], [true, false, true, false])).toBe(0.5);
  });
  it('is 1 for a perfect ranking, 0 for a reversed one, NaN with one class', () => {
    expect(auc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(auc([4, 3, 2, 1], [false, false, true, true])).toBe(0);
    expect(auc([1, 2], [true, true])).toBeNaN();
  });
  it('gini = 2 auc - 1', () => {
    expect(gini(0.75)).toBe(0.5);
  });
});

describe('ks', () => {
  it('is the largest gap of the cumulative distributions', () => {
    // ascending: 0.1 G, 0.35 B, 0.4 G, 0.8 B -> |cumG - cumB| = .5, 0, .5, 0
    expect(ks([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.5);
    expect(ks([1, 2, 3, 4], [false, false, true, true])).toBe(1);
  });
  it('does not split ties', () => {
    expect(ks([1, 1, 1, 1], [true, false, true, false])).toBe(0);
  });
});

describe('brier', () => {
  it('is the mean squared error of the PD', () => {
    expect(brier([0.2, 0.7], [false, true])).toBeCloseTo((0.04 + 0.09) / 2, 15);
  });
});

describe('calibrationTable', () => {
  it('cuts sorted PDs into equal-count groups with mean PD and observed bad rate', () => {
    const pd = [0.9, 0.1, 0.2, 0.8, 0.15, 0.85];
    const bad = [true, false, true, true, false, false];
    const t = calibrationTable(pd, bad, 2);
    expect(t).toHaveLength(2);
    expect(t[0]).toMatchObject({ group: 1, count: 3, minPd: 0.1, maxPd: 0.2 });
    expect(t[0].meanPd).toBeCloseTo(0.15, 12);
    expect(t[0].observedBadRate).toBeCloseTo(1 / 3, 12);
    expect(t[1].meanPd).toBeCloseTo(0.85, 12);
    expect(t[1].observedBadRate).toBeCloseTo(2 / 3, 12);
  });
});

describe('psi', () => {
  it('is 0 for identical distributions', () => {
    const x = Array.from({ length: 100 }, (_, i) => i);
    expect(psi(x, x).psi).toBe(0);
  });
  it('matches a hand computation with the expected deciles and epsilon for empty buckets', () => {
    const expected = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]; // deciles -> one value per bucket (10% each)
    const actual = [1, 1, 1, 1, 1, 2, 3, 4, 5, 6]; // 50% in bucket 1, 10% in 2..6, 0% in 7..10
    const e = 1e-4;
    const hand = (0.5 - 0.1) * Math.log(0.5 / 0.1) + 4 * (e - 0.1) * Math.log(e / 0.1);
    const r = psi(expected, actual, 10, e);
    expect(r.buckets).toHaveLength(10);
    expect(r.psi).toBeCloseTo(hand, 12);
    expect(r.psi).toBeCloseTo(3.4041141744549024, 12);
  });
});

describe('rocCurve', () => {
  it('runs from (0,0) to (1,1) with one point per distinct threshold', () => {
    const roc = rocCurve([0.1, 0.4, 0.35, 0.8], [false, false, true, true]);
    expect(roc[0]).toMatchObject({ fpr: 0, tpr: 0 });
    expect(roc.map((p) => [p.fpr, p.tpr])).toEqual([[0, 0], [0, 0.5], [0.5, 0.5], [0.5, 1], [1, 1]]);
    // the trapezoid area under these points is the AUC
    let area = 0;
    for (let i = 1; i < roc.length; i++) area += ((roc[i].fpr - roc[i - 1].fpr) * (roc[i].tpr + roc[i - 1].tpr)) / 2;
    expect(area).toBeCloseTo(0.75, 12);
  });
});

describe('summarize', () => {
  it('bundles the metrics', () => {
    const s = summarize([0.1, 0.4, 0.35, 0.8], [false, false, true, true]);
    expect(s).toMatchObject({ n: 4, bads: 2, badRate: 0.5, auc: 0.75, gini: 0.5, ks: 0.5 });
  });
});
