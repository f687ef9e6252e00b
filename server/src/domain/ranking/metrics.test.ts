import { describe, expect, it } from 'vitest';
import { averagePrecisionAtK, evaluateRankings, ndcgAtK, recallAtK } from './metrics.js';

const rel = new Map([
  ['a', 2],
  ['c', 1],
]);

describe('ranking metrics', () => {
  it('recall@K counts relevant items in the top K', () => {
    expect(recallAtK(['a', 'b', 'c'], rel, 1)).toBe(0.5);
    expect(recallAtK(['a', 'b', 'c'], rel, 3)).toBe(1);
    expect(recallAtK(['b', 'd'], rel, 2)).toBe(0);
  });

  it('NDCG@K is 1 for the ideal order and matches a hand computation otherwise', () => {
    expect(ndcgAtK(['a', 'c', 'b'], rel, 3)).toBeCloseTo(1, 12);
    // dcg = 0 + 3/log2(3) + 1/log2(4) ; idcg = 3 + 1/log2(3)
    const dcg = 3 / Math.log2(3) + 1 / 2;
    const idcg = 3 + 1 / Math.log2(3);
    expect(ndcgAtK(['b', 'a', 'c'], rel, 3)).toBeCloseTo(dcg / idcg, 12);
  });

  it('MAP@K averages precision at each hit', () => {
    // hits at ranks 2 and 3: (1/2 + 2/3) / 2
    expect(averagePrecisionAtK(['b', 'a', 'c'], rel, 3)).toBeCloseTo((1 / 2 + 2 / 3) / 2, 12);
    // only one of the two fits in K = 1... and it is a miss
    expect(averagePrecisionAtK(['b', 'a'], rel, 1)).toBe(0);
  });

  it('averages over customers with a relevant item only', () => {
    const m = evaluateRankings([
      { ranked: ['a', 'c'], rel },
      { ranked: ['x'], rel: new Map() },
    ]);
    expect(m.customers).toBe(1);
    expect(m.ndcg[3]).toBeCloseTo(1, 12);
  });
});
