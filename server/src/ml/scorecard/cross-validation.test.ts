import { describe, expect, it } from 'vitest';
import { crossValidate, crossValidateScorecard, stratifiedFolds, stratifiedSplit } from './cross-validation.js';
import { ScorecardInputError } from './errors.js';
import { syntheticBook } from './synthetic-data.js';

const bad = Array.from({ length: 1003 }, (_, i) => i % 10 < 3 || i % 97 === 0);

describe('stratifiedFolds', () => {
  it('preserves the bad rate in every fold (within one row) and balances fold sizes', () => {
    const k = 5;
    const fold = stratifiedFolds(bad, k, 42);
    const bads = bad.filter(Boolean).length;
    for (let f = 0; f < k; f++) {
      const members = fold.flatMap((g, i) => (g === f ? [i] : []));
      const foldBads = members.filter((i) => bad[i]).length;
      expect(Math.abs(foldBads - bads / k)).toBeLessThanOrEqual(1);
      expect(Math.abs(members.length - bad.length / k)).toBeLessThanOrEqual(1);
    }
  });
  it('is deterministic for a seed and different across seeds', () => {
    expect(stratifiedFolds(bad, 5, 1)).toEqual(stratifiedFolds(bad, 5, 1));
    expect(stratifiedFolds(bad, 5, 1)).not.toEqual(stratifiedFolds(bad, 5, 2));
  });
  it('rejects impossible fold counts with a clear error', () => {
    expect(() => stratifiedFolds([true, false, false], 2, 1)).toThrow(ScorecardInputError);
    expect(() => stratifiedFolds(bad, 1, 1)).toThrow(/folds must be an integer >= 2/);
  });
});

describe('stratifiedSplit', () => {
  it('holds out the share of bads and goods', () => {
    const { train, test } = stratifiedSplit(bad, 0.3, 7);
    expect(train.length + test.length).toBe(bad.length);
    expect(new Set([...train, ...test]).size).toBe(bad.length);
    const rate = (idx: number[]) => idx.filter((i) => bad[i]).length / idx.length;
    expect(Math.abs(rate(test) - rate(train))).toBeLessThan(0.01);
    expect(test.length / bad.length).toBeCloseTo(0.3, 2);
  });
});

describe('crossValidate', () => {
  it('fits every fold on the other folds only (no leakage) and scores each row once', () => {
    const book = syntheticBook(500, 3);
    const seen: Array<Set<unknown>> = [];
    const result = crossValidate(book, { folds: 4, seed: 1 }, (train) => {
      seen.push(new Set(train.rows));
      return () => 0.5;
    });
    expect(result.folds).toHaveLength(4);
    expect(result.oofPd.every((p) => p === 0.5)).toBe(true);
    const fold = stratifiedFolds(book.bad, 4, 1);
    seen.forEach((trainRows, f) => {
      book.rows.forEach((row, i) => expect(trainRows.has(row)).toBe(fold[i] !== f));
    });
  });

  it('gives honest out-of-fold scorecard metrics on synthetic data', () => {
    const book = syntheticBook(3000, 5);
    const r = crossValidateScorecard(book, book.specs, {}, { folds: 5, seed: 42 });
    expect(r.meanAuc).toBeGreaterThan(0.74);
    expect(r.pooled.auc).toBeGreaterThan(0.74);
    expect(r.folds.every((f) => f.auc > 0.68)).toBe(true);
    expect(r.oofPd.every((p) => p > 0 && p < 1)).toBe(true);
  });
});
