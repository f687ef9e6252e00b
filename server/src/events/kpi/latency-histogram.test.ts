import { describe, expect, it } from 'vitest';
import {
  LATENCY_BASE_MS,
  LATENCY_GROWTH,
  LATENCY_MAX_BIN,
  addToHistogram,
  binValue,
  latencyBin,
  mergeInto,
  quantile,
  type Histogram,
} from './latency-histogram.js';
import { mulberry32 } from '../../ml/scorecard/random.js';

/** A seeded generator, so the sample is the same on every run. */
const seeded = mulberry32;

/** Log-normal latencies (median e^mu ms) by Box–Muller. */
function logNormalSample(n: number, mu: number, sigma: number, seed: number): number[] {
  const rand = seeded(seed);
  const out: number[] = [];
  while (out.length < n) {
    const u1 = rand() || Number.MIN_VALUE;
    const u2 = rand();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    out.push(Math.exp(mu + sigma * z));
  }
  return out;
}

/** The exact q-quantile with the histogram's rank rule: the ceil(q·n)-th smallest value. */
function exactQuantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

function histogramOf(values: number[]): Histogram {
  const h: Histogram = new Map();
  for (const v of values) addToHistogram(h, latencyBin(v));
  return h;
}

describe('latencyBin / binValue', () => {
  it('puts a value in the bin whose range contains it, and binValue is within 2% of it', () => {
    for (const ms of [0.15, 1, 3.3, 12, 47.5, 250, 999, 4321]) {
      const bin = latencyBin(ms);
      const lower = LATENCY_BASE_MS * LATENCY_GROWTH ** bin;
      const upper = LATENCY_BASE_MS * LATENCY_GROWTH ** (bin + 1);
      expect(ms).toBeGreaterThanOrEqual(lower * (1 - 1e-12));
      expect(ms).toBeLessThan(upper * (1 + 1e-12));
      expect(Math.abs(binValue(bin) - ms) / ms).toBeLessThanOrEqual(0.02);
    }
  });

  it('is monotonic: a slower decision never lands in a lower bin', () => {
    let previous = -1;
    for (let ms = 0.05; ms < 10_000; ms *= 1.013) {
      const bin = latencyBin(ms);
      expect(bin).toBeGreaterThanOrEqual(previous);
      previous = bin;
    }
  });

  it('maps values at or below the base, zero, negatives and NaN to bin 0', () => {
    expect(latencyBin(LATENCY_BASE_MS)).toBe(0);
    expect(latencyBin(0.01)).toBe(0);
    expect(latencyBin(0)).toBe(0);
    expect(latencyBin(-5)).toBe(0);
    expect(latencyBin(Number.NaN)).toBe(0);
    expect(latencyBin(0.1041)).toBe(1);
  });

  it('caps very slow decisions at the last bin', () => {
    expect(latencyBin(1e12)).toBe(LATENCY_MAX_BIN);
    expect(latencyBin(Number.POSITIVE_INFINITY)).toBe(LATENCY_MAX_BIN);
    expect(latencyBin(LATENCY_BASE_MS * LATENCY_GROWTH ** (LATENCY_MAX_BIN - 0.5))).toBe(LATENCY_MAX_BIN - 1);
  });

  it('binValue is the geometric middle of the bin', () => {
    expect(binValue(0)).toBeCloseTo(LATENCY_BASE_MS * Math.sqrt(LATENCY_GROWTH), 12);
    expect(binValue(10) / binValue(9)).toBeCloseTo(LATENCY_GROWTH, 12);
  });
});

describe('quantile', () => {
  it('is within 2% of the exact p50 and p99 of 10,000 log-normal latencies', () => {
    const sample = logNormalSample(10_000, Math.log(40), 0.8, 12345);
    const h = histogramOf(sample);
    for (const q of [0.5, 0.99]) {
      const exact = exactQuantile(sample, q);
      const approx = quantile(h, q)!;
      expect(Math.abs(approx - exact) / exact, `q=${q} exact=${exact} approx=${approx}`).toBeLessThanOrEqual(0.02);
    }
    // The sample really is spread out: p99 is several times p50, so a wrong bin would show.
    expect(exactQuantile(sample, 0.99) / exactQuantile(sample, 0.5)).toBeGreaterThan(4);
  });

  it('is within 2% for a wide log-normal too (sub-millisecond to seconds)', () => {
    const sample = logNormalSample(10_000, Math.log(5), 1.5, 987);
    const h = histogramOf(sample);
    for (const q of [0.5, 0.9, 0.99]) {
      const exact = exactQuantile(sample, q);
      expect(Math.abs(quantile(h, q)! - exact) / exact).toBeLessThanOrEqual(0.02);
    }
  });

  it('of an empty histogram is null', () => {
    expect(quantile(new Map(), 0.5)).toBeNull();
    expect(quantile(new Map(), 0.99)).toBeNull();
  });

  it('uses the counts of bins, not the number of distinct bins', () => {
    const h: Histogram = new Map();
    addToHistogram(h, latencyBin(10), 98);
    addToHistogram(h, latencyBin(1000), 2);
    expect(quantile(h, 0.5)).toBe(binValue(latencyBin(10)));
    expect(quantile(h, 0.98)).toBe(binValue(latencyBin(10)));
    expect(quantile(h, 0.99)).toBe(binValue(latencyBin(1000)));
    // q = 0 is the smallest value, not "nothing".
    expect(quantile(h, 0)).toBe(binValue(latencyBin(10)));
  });

  it('does not depend on the order bins were inserted in', () => {
    const h: Histogram = new Map();
    addToHistogram(h, 300, 1);
    addToHistogram(h, 5, 1);
    addToHistogram(h, 100, 1);
    expect(quantile(h, 0.5)).toBe(binValue(100));
    expect(quantile(h, 0.01)).toBe(binValue(5));
    expect(quantile(h, 1)).toBe(binValue(300));
  });
});

describe('merging histograms', () => {
  it('adds counts bin by bin and leaves the source unchanged', () => {
    const a: Histogram = new Map([
      [3, 2],
      [7, 1],
    ]);
    const b: Histogram = new Map([
      [7, 4],
      [9, 5],
    ]);
    mergeInto(a, b);
    expect([...a].sort(([x], [y]) => x - y)).toEqual([
      [3, 2],
      [7, 5],
      [9, 5],
    ]);
    expect([...b]).toEqual([
      [7, 4],
      [9, 5],
    ]);
  });

  it('merged halves give the same quantiles as the whole sample', () => {
    const sample = logNormalSample(4_000, Math.log(20), 1, 42);
    const whole = histogramOf(sample);
    const merged = histogramOf(sample.slice(0, 1_500));
    mergeInto(merged, histogramOf(sample.slice(1_500)));
    expect(new Map([...merged].sort(([x], [y]) => x - y))).toEqual(new Map([...whole].sort(([x], [y]) => x - y)));
    expect(quantile(merged, 0.5)).toBe(quantile(whole, 0.5));
    expect(quantile(merged, 0.99)).toBe(quantile(whole, 0.99));
  });

  it('addToHistogram adds to an existing bin', () => {
    const h: Histogram = new Map();
    addToHistogram(h, 4);
    addToHistogram(h, 4, 3);
    expect(h.get(4)).toBe(4);
  });
});
