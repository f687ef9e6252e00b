import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../ml/scorecard/random.js';
import { chooseK, kmeans, silhouette } from './kmeans.js';

/** Three tight blobs far apart, 40 points each, interleaved. */
function planted(seed = 7) {
  const r = mulberry32(seed);
  const centres = [[0, 0, 0], [10, 10, 0], [-10, 5, 8]];
  const points: number[][] = [];
  const truth: number[] = [];
  for (let i = 0; i < 120; i++) {
    const c = i % 3;
    points.push(centres[c].map((v) => v + (r() - 0.5)));
    truth.push(c);
  }
  return { points, truth, centres };
}

describe('kmeans', () => {
  it('recovers planted clusters', () => {
    const { points, truth } = planted();
    const fit = kmeans(points, 3, { seed: 1 });
    // Same partition as the truth, whatever the numbering.
    const map = new Map<number, number>();
    truth.forEach((t, i) => {
      if (!map.has(t)) map.set(t, fit.labels[i]);
      expect(fit.labels[i]).toBe(map.get(t));
    });
    expect(new Set(map.values()).size).toBe(3);
    expect(fit.inertia).toBeLessThan(120 * 0.5);
  });

  it('is deterministic for a seed', () => {
    const { points } = planted();
    expect(kmeans(points, 4, { seed: 3 })).toEqual(kmeans(points, 4, { seed: 3 }));
  });

  it('scores the planted k best by silhouette', () => {
    const { points } = planted();
    const best = chooseK(points, [2, 3, 4, 5], { seed: 9 });
    expect(best.k).toBe(3);
    expect(best.silhouette).toBeGreaterThan(0.8);
    expect(best.tried.map((t) => t.k)).toEqual([2, 3, 4, 5]);
    expect(silhouette(points, best.labels, 3)).toBeCloseTo(best.silhouette, 10);
  });

  it('refuses k larger than the data', () => {
    expect(() => kmeans([[1], [2]], 3, { seed: 1 })).toThrow(RangeError);
  });
});
