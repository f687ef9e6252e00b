import { describe, expect, it } from 'vitest';
import { fitScaler, scale, unscale } from './scaler.js';

describe('scaler', () => {
  it('z-scores with the training mean and standard deviation, logs money, imputes missing as 0', () => {
    const s = fitScaler([[1, 99], [3, 999], [null, 9999]], ['z', 'log']);
    expect(s.means[0]).toBe(2);
    expect(s.stds[0]).toBe(1);
    expect(scale(s, [3, 999])[0]).toBe(1);
    expect(scale(s, [null, null])).toEqual([0, 0]);
    const logs = [99, 999, 9999].map((v) => scale(s, [2, v])[1]);
    expect(logs[1]).toBeCloseTo(0, 10); // log1p spaces the decades evenly
    expect(logs[0]).toBeCloseTo(-logs[2], 10);
    expect(unscale(s, 1, scale(s, [2, 999])[1])).toBeCloseTo(999, 6);
  });

  it('leaves a constant feature at 0 instead of dividing by zero', () => {
    const s = fitScaler([[5], [5], [5]], ['z']);
    expect(s.stds[0]).toBe(1);
    expect(scale(s, [5])).toEqual([0]);
  });
});
