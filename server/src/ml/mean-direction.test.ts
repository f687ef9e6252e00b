import { describe, expect, it } from 'vitest';
import { meanDirection } from './mean-direction.js';

describe('meanDirection', () => {
  it('is the normalised sum', () => {
    const v = meanDirection([Float32Array.from([1, 0]), Float32Array.from([0, 1])]);
    expect(v[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(v[1]).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('returns a single unit vector unchanged and does not modify its inputs', () => {
    const a = Float32Array.from([0.6, 0.8]);
    expect([...meanDirection([a])].map((x) => +x.toFixed(6))).toEqual([0.6, 0.8]);
    expect([...a].map((x) => +x.toFixed(6))).toEqual([0.6, 0.8]);
  });

  it('gives a zero vector when facets cancel, and rejects mixed sizes or no vectors', () => {
    expect([...meanDirection([Float32Array.from([1, 0]), Float32Array.from([-1, 0])])]).toEqual([0, 0]);
    expect(() => meanDirection([Float32Array.from([1]), Float32Array.from([1, 0])])).toThrow(RangeError);
    expect(() => meanDirection([])).toThrow(RangeError);
  });
});
