import { describe, expect, it } from 'vitest';
import { binFeature, binIndex, woeOf } from './binning.js';
import { mulberry32 } from './random.js';

/** Category rows from a count table: [category, goods, bads]. */
function table(counts: Array<[string, number, number]>) {
  const values: string[] = [];
  const bad: boolean[] = [];
  for (const [c, goods, bads] of counts) {
    for (let i = 0; i < goods + bads; i++) {
      values.push(c);
      bad.push(i >= goods);
    }
  }
  return { values, bad };
}

describe('WoE on a hand-checked table', () => {
  // goods 100, bads 50: A 60/10, B 30/20, C 10/20
  const { values, bad } = table([['A', 60, 10], ['B', 30, 20], ['C', 10, 20]]);
  const spec = { name: 'grade', type: 'categorical' as const };

  it('without smoothing: WoE = ln(%good / %bad), IV = sum (%good - %bad) WoE', () => {
    const b = binFeature(spec, values, bad, { smoothing: 0, minCategoryShare: 0 });
    expect(b.bins.map((x) => x.label)).toEqual(['A', 'B', 'C']);
    expect(b.bins[0].woe).toBeCloseTo(Math.log(0.6 / 0.2), 12); // ln 3
    expect(b.bins[1].woe).toBeCloseTo(Math.log(0.3 / 0.4), 12);
    expect(b.bins[2].woe).toBeCloseTo(Math.log(0.1 / 0.4), 12);
    expect(b.iv).toBeCloseTo(0.8841014310483891, 12);
  });

  it('with smoothing 0.5: every count + 0.5, totals + 0.5 per bin', () => {
    const b = binFeature(spec, values, bad, { smoothing: 0.5, minCategoryShare: 0 });
    expect(b.bins[0].woe).toBeCloseTo(1.0727911170611666, 12); // ln((60.5/101.5)/(10.5/51.5))
    expect(b.bins[1].woe).toBeCloseTo(-0.28117519334314806, 12);
    expect(b.bins[2].woe).toBeCloseTo(-1.3475266197930365, 12);
    expect(b.iv).toBeCloseTo(0.8451503435002483, 12);
  });

  it('keeps WoE finite for a bin without bads', () => {
    const t = table([['A', 50, 0], ['B', 50, 40]]);
    const b = binFeature(spec, t.values, t.bad, { minCategoryShare: 0 });
    expect(Number.isFinite(b.bins[0].woe)).toBe(true);
    expect(b.bins[0].woe).toBeGreaterThan(3);
  });
});

describe('categorical binning', () => {
  it('pools rare categories into "other", maps unseen categories there, missing to its own bin', () => {
    const t = table([['A', 500, 100], ['B', 200, 150], ['R1', 5, 5], ['R2', 8, 2]]);
    t.values.push('', '');
    t.bad.push(true, false);
    const b = binFeature({ name: 'c', type: 'categorical' }, t.values, t.bad, { minCategoryShare: 0.03 });
    expect(b.bins.map((x) => x.kind)).toEqual(['category', 'category', 'other', 'missing']);
    expect(b.bins[2].categories).toEqual(['R1', 'R2']);
    expect(b.bins[2].label).toBe('other (R1, R2)');
    expect(binIndex(b, 'R2')).toBe(2);
    expect(binIndex(b, 'never-seen')).toBe(2);
    expect(binIndex(b, null)).toBe(3);
    expect(binIndex(b, '  ')).toBe(3);
  });

  it('without rare categories or missing values, unseen and missing values score the neutral WoE 0', () => {
    const t = table([['A', 50, 10], ['B', 50, 40]]);
    const b = binFeature({ name: 'c', type: 'categorical' }, t.values, t.bad);
    expect(b.otherBin).toBeNull();
    expect(b.missingBin).toBeNull();
    expect(binIndex(b, 'Z')).toBe(-1);
    expect(woeOf(b, 'Z')).toBe(0);
    expect(woeOf(b, null)).toBe(0);
  });

  it('can group categories with similar bad rates up to maxCategoryBins', () => {
    const t = table([['A', 100, 10], ['B', 100, 11], ['C', 100, 50], ['D', 100, 52]]);
    const b = binFeature({ name: 'c', type: 'categorical' }, t.values, t.bad, { maxCategoryBins: 2 });
    expect(b.bins.map((x) => x.label)).toEqual(['A, B', 'C, D']);
    expect(binIndex(b, 'B')).toBe(0);
  });
});

describe('numeric binning', () => {
  const random = mulberry32(9);
  const xs: (number | null)[] = [];
  const bad: boolean[] = [];
  for (let i = 0; i < 3000; i++) {
    const missing = random() < 0.05;
    const x = Math.round(random() * 1000) / 10;
    xs.push(missing ? null : x);
    bad.push(random() < (missing ? 0.5 : 0.05 + 0.4 * (x / 100)));
  }

  it('merges fine quantile bins until each holds >= the minimum share and has goods and bads', () => {
    const b = binFeature({ name: 'x', type: 'numeric' }, xs, bad, { minBinShare: 0.05, maxBins: 20, monotone: 'never' });
    const ranges = b.bins.filter((x) => x.kind === 'range');
    expect(ranges.length).toBeGreaterThan(3);
    expect(ranges.length).toBeLessThanOrEqual(20);
    for (const r of ranges) {
      expect(r.count).toBeGreaterThanOrEqual(0.05 * xs.length);
      expect(r.goods).toBeGreaterThan(0);
      expect(r.bads).toBeGreaterThan(0);
    }
    expect(b.cuts.length).toBe(ranges.length - 1);
    expect(ranges.reduce((s, r) => s + r.count, 0) + (b.missingBin === null ? 0 : b.bins[b.missingBin].count)).toBe(xs.length);
  });

  it('puts NaN and null in the missing bin and a value x >= cut in the upper bin', () => {
    const b = binFeature({ name: 'x', type: 'numeric' }, xs, bad);
    expect(b.bins[b.missingBin as number].kind).toBe('missing');
    expect(binIndex(b, null)).toBe(b.missingBin);
    expect(binIndex(b, NaN)).toBe(b.missingBin);
    const cut = b.cuts[0];
    expect(binIndex(b, cut)).toBe(1);
    expect(binIndex(b, cut - 1e-9)).toBe(0);
    expect(binIndex(b, String(cut))).toBe(1);
    expect(binIndex(b, -1e9)).toBe(0);
    expect(binIndex(b, 1e9)).toBe(b.cuts.length);
    expect(b.bins[0].label).toBe(`< ${cut}`);
    expect(b.bins[b.cuts.length].label).toBe(`>= ${b.cuts[b.cuts.length - 1]}`);
  });

  it('monotone binning makes WoE monotone (decreasing here, since risk rises with x)', () => {
    const b = binFeature({ name: 'x', type: 'numeric' }, xs, bad, { monotone: 'always', maxBins: 10 });
    const woe = b.bins.filter((x) => x.kind === 'range').map((x) => x.woe);
    for (let i = 1; i < woe.length; i++) expect(woe[i]).toBeLessThan(woe[i - 1]);
    expect(b.monotone).toBe('decreasing');
  });

  it("'auto' keeps a real U-shape that monotone binning would flatten", () => {
    const r = mulberry32(4);
    const u: number[] = [];
    const y: boolean[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = r() * 100;
      u.push(x);
      y.push(r() < 0.05 + 0.5 * ((x - 50) / 50) ** 2);
    }
    const b = binFeature({ name: 'u', type: 'numeric' }, u, y, { monotone: 'auto' });
    expect(b.monotone).toBeNull();
    const woe = b.bins.map((x) => x.woe);
    const peak = woe.indexOf(Math.max(...woe));
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(woe.length - 1);
  });

  it('without missing values in training, missing maps to the neutral WoE 0', () => {
    const b = binFeature({ name: 'x', type: 'numeric' }, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [false, true, false, false, true, false, true, false, false, true], { minBinShare: 0.2 });
    expect(b.missingBin).toBeNull();
    expect(binIndex(b, null)).toBe(-1);
    expect(woeOf(b, null)).toBe(0);
  });
});
