import { describe, expect, it } from 'vitest';
import type { CounterDelta } from './counters.js';
import { binValue, latencyBin } from './latency-histogram.js';
import type { RingSnapshot } from './types.js';
import { TOP_PRODUCTS, WINDOWS, WindowRing, type WindowSpec } from './window-ring.js';

const BUCKET = 1_000;
const BUCKETS = 5;
const SPEC: WindowSpec = { name: 'LAST_HOUR', bucketMs: BUCKET, buckets: BUCKETS };
/** "Now" is 200 ms into bucket 100. */
const NOW = 100 * BUCKET + 200;

const rec = (count = 1): CounterDelta => ({ kind: 'recommendations', count });
const view = (count = 1): CounterDelta => ({ kind: 'interaction', interaction: 'VIEW', count });
const click = (count = 1): CounterDelta => ({ kind: 'interaction', interaction: 'CLICK', count });
const dismiss = (count = 1): CounterDelta => ({ kind: 'interaction', interaction: 'DISMISS', count });
const decided = (approved: boolean, pd: number, latencyMs = 50): CounterDelta => ({
  kind: 'decisions',
  count: 1,
  approvals: approved ? 1 : 0,
  pdSum: pd,
  approvedPdSum: approved ? pd : 0,
  latencyBin: latencyBin(latencyMs),
});

const ring = () => new WindowRing(SPEC);
/** Recommendations per series point, oldest first. */
const recsPerBucket = (s: RingSnapshot) => s.series.map((p) => p.kpis.recommendations);

describe('WindowRing buckets', () => {
  it('bucketIndexAt is the floor of time / bucketMs', () => {
    const r = ring();
    expect(r.bucketIndexAt(0)).toBe(0);
    expect(r.bucketIndexAt(BUCKET - 1)).toBe(0);
    expect(r.bucketIndexAt(BUCKET)).toBe(1);
    expect(r.bucketIndexAt(NOW)).toBe(100);
  });

  it('the series has exactly `buckets` points, one per bucket, ending at the current bucket', () => {
    const s = ring().snapshot(NOW, 7);
    expect(s.series).toHaveLength(BUCKETS);
    expect(s.series.map((p) => p.at.getTime())).toEqual([96, 97, 98, 99, 100].map((i) => i * BUCKET));
    expect(s.from.getTime()).toBe(96 * BUCKET);
    expect(s.asOf.getTime()).toBe(NOW);
    expect(s.version).toBe(7);
    expect(s.window).toBe('LAST_HOUR');
  });

  it('the real windows have 60, 96 and 168 points', () => {
    for (const spec of Object.values(WINDOWS)) {
      const s = new WindowRing(spec).snapshot(Date.UTC(2025, 0, 1, 12, 34, 56), 0);
      expect(s.series).toHaveLength(spec.buckets);
      const last = s.series[s.series.length - 1].at.getTime();
      expect(last).toBe(Math.floor(Date.UTC(2025, 0, 1, 12, 34, 56) / spec.bucketMs) * spec.bucketMs);
      expect(s.series[1].at.getTime() - s.series[0].at.getTime()).toBe(spec.bucketMs);
    }
  });

  it('puts an event in the bucket of its time', () => {
    const r = ring();
    r.add(97 * BUCKET + 999, NOW, 'p1', null, rec());
    r.add(99 * BUCKET, NOW, 'p1', null, rec(2));
    r.add(NOW, NOW, 'p1', null, rec(4));
    const s = r.snapshot(NOW, 1);
    expect(recsPerBucket(s)).toEqual([0, 1, 0, 2, 4]);
    expect(s.totals.recommendations).toBe(7);
  });

  it('counts an event from a clock slightly ahead in the current bucket', () => {
    const r = ring();
    r.add(NOW + 3 * BUCKET, NOW, 'p1', null, rec());
    expect(recsPerBucket(r.snapshot(NOW, 1))).toEqual([0, 0, 0, 0, 1]);
    // ...and it does not reappear in a later bucket when the clock gets there.
    expect(recsPerBucket(r.snapshot(NOW + 3 * BUCKET, 1))).toEqual([0, 1, 0, 0, 0]);
  });

  it('ignores an event older than the window, counts one at its first bucket', () => {
    const r = ring();
    r.add(NOW, NOW, 'p1', null, rec(2)); // bucket 100, slot 0
    r.add(96 * BUCKET - 1, NOW, 'old', null, rec(10)); // bucket 95: just outside, and its slot is 0 too
    r.add(50 * BUCKET, NOW, 'old', null, rec(10)); // long ago, slot 0 as well
    r.add(96 * BUCKET, NOW, 'p1', null, rec()); // bucket 96: the oldest inside
    const s = r.snapshot(NOW, 1);
    // Ignored, and the current bucket sharing their slot is intact.
    expect(recsPerBucket(s)).toEqual([1, 0, 0, 0, 2]);
    expect(s.byProduct).toEqual([{ productId: 'p1', kpis: expect.objectContaining({ recommendations: 3 }) }]);
  });

  it('a bucket leaving the window as the clock advances no longer counts', () => {
    const r = ring();
    r.add(96 * BUCKET, NOW, 'old', 'north', view(3));
    r.add(98 * BUCKET, NOW, 'mid', 'south', view(5));
    expect(r.snapshot(NOW, 1).totals.views).toBe(8);

    const later = NOW + BUCKET; // bucket 101: 96 has left, 98 is still in
    const s = r.snapshot(later, 1);
    expect(s.totals.views).toBe(5);
    expect(s.series.map((p) => p.kpis.views)).toEqual([0, 5, 0, 0, 0]);
    expect(s.byRegion.map((x) => x.region)).toEqual(['south']);
    expect(s.byProduct.map((x) => x.productId)).toEqual(['mid']);

    // Nothing is added for a long time: the stale buckets stay in their slots but never count.
    const muchLater = NOW + 9 * BUCKET;
    const quiet = r.snapshot(muchLater, 1);
    expect(quiet.totals.views).toBe(0);
    expect(quiet.byRegion).toEqual([]);
    expect(quiet.byProduct).toEqual([]);
  });

  it('reuses the slot of a bucket that left the window without its old counts', () => {
    const r = ring();
    r.add(96 * BUCKET, NOW, 'old', 'north', view(3)); // slot 96 % 5 = 1
    const later = NOW + BUCKET; // bucket 101 uses slot 1 too
    r.add(later, later, 'new', 'south', click(2));
    const s = r.snapshot(later, 1);
    expect(s.totals.views).toBe(0);
    expect(s.totals.clicks).toBe(2);
    expect(s.series.map((p) => p.kpis.clicks)).toEqual([0, 0, 0, 0, 2]);
    expect(s.byRegion.map((x) => x.region)).toEqual(['south']);
    expect(s.byProduct.map((x) => x.productId)).toEqual(['new']);
  });

  it('a late event for a bucket still in the window replaces the older bucket in its slot', () => {
    const r = ring();
    r.add(92 * BUCKET, 92 * BUCKET, 'p', null, rec(9)); // slot 2, long before
    r.add(97 * BUCKET, NOW, 'p', null, rec(1)); // slot 2 again, bucket 97 is in the window at NOW
    expect(recsPerBucket(r.snapshot(NOW, 1))).toEqual([0, 1, 0, 0, 0]);
  });

  it('a later event does not wipe a bucket that is still in the window', () => {
    const r = ring();
    r.add(96 * BUCKET, NOW, 'p', null, rec(1));
    r.add(97 * BUCKET, NOW, 'p', null, rec(2));
    r.add(NOW, NOW, 'p', null, rec(3));
    r.add(NOW + 1, NOW + 1, 'p', null, rec(4)); // same bucket 100
    expect(recsPerBucket(r.snapshot(NOW + 1, 1))).toEqual([1, 2, 0, 0, 7]);
  });
});

describe('WindowRing derived KPIs', () => {
  it('derives CTR, conversion, approval rate, average PD, predicted defaults and latency', () => {
    const r = ring();
    r.add(NOW, NOW, 'p', 'r', rec(20));
    r.add(NOW, NOW, 'p', 'r', view(10));
    r.add(NOW, NOW, 'p', 'r', click(4));
    r.add(NOW, NOW, 'p', 'r', dismiss(3));
    r.add(NOW, NOW, 'p', 'r', decided(true, 0.1, 20));
    r.add(NOW - BUCKET, NOW, 'p', 'r', decided(false, 0.3, 80));
    r.add(NOW, NOW, 'p', 'r', decided(true, 0.05, 1000));
    const t = r.snapshot(NOW, 1).totals;
    expect(t).toEqual({
      recommendations: 20,
      views: 10,
      clicks: 4,
      applications: 3,
      approvals: 2,
      clickThroughRate: 0.4,
      conversionRate: 0.75,
      approvalRate: 2 / 3,
      averageProbabilityOfDefault: expect.closeTo(0.45 / 3, 12),
      predictedDefaults: expect.closeTo(0.15, 12),
      decisionLatencyP50Ms: binValue(latencyBin(80)),
      decisionLatencyP99Ms: binValue(latencyBin(1000)),
    });
  });

  it('dismissals do not count as views or clicks', () => {
    const r = ring();
    r.add(NOW, NOW, 'p', null, dismiss(5));
    const t = r.snapshot(NOW, 1).totals;
    expect(t.views).toBe(0);
    expect(t.clicks).toBe(0);
  });

  it('rates are null, not 0 or NaN, when their denominator is zero', () => {
    const empty = ring().snapshot(NOW, 1).totals;
    expect(empty).toEqual({
      recommendations: 0,
      views: 0,
      clicks: 0,
      applications: 0,
      approvals: 0,
      clickThroughRate: null,
      conversionRate: null,
      approvalRate: null,
      averageProbabilityOfDefault: null,
      predictedDefaults: 0,
      decisionLatencyP50Ms: null,
      decisionLatencyP99Ms: null,
    });

    const r = ring();
    r.add(NOW, NOW, 'p', null, click(2)); // clicks without views, and no application
    const t = r.snapshot(NOW, 1).totals;
    expect(t.clickThroughRate).toBeNull();
    expect(t.conversionRate).toBe(0);
    expect(t.approvalRate).toBeNull();
  });

  it('predicted defaults are the sum of PD over approvals only', () => {
    const r = ring();
    r.add(NOW, NOW, 'p', null, decided(false, 0.9));
    r.add(NOW, NOW, 'p', null, decided(false, 0.8));
    expect(r.snapshot(NOW, 1).totals.predictedDefaults).toBe(0);
    r.add(NOW, NOW, 'p', null, decided(true, 0.02));
    r.add(NOW, NOW, 'p', null, decided(true, 0.03));
    const t = r.snapshot(NOW, 1).totals;
    expect(t.predictedDefaults).toBeCloseTo(0.05, 12);
    expect(t.averageProbabilityOfDefault).toBeCloseTo(1.75 / 4, 12);
    expect(t.approvalRate).toBe(0.5);
  });

  it('each series point has the KPIs of its bucket only', () => {
    const r = ring();
    r.add(98 * BUCKET, NOW, 'p', null, view(4));
    r.add(98 * BUCKET, NOW, 'p', null, click(1));
    r.add(NOW, NOW, 'p', null, view(1));
    r.add(NOW, NOW, 'p', null, click(1));
    const s = r.snapshot(NOW, 1);
    expect(s.series.map((p) => p.kpis.clickThroughRate)).toEqual([null, null, 0.25, null, 1]);
    expect(s.totals.clickThroughRate).toBe(0.4);
  });
});

describe('WindowRing breakdowns', () => {
  it('byRegion: per region, most applications first, then most views, then by name; no null region', () => {
    const r = ring();
    r.add(NOW, NOW, 'p', 'b-west', view(1));
    r.add(NOW, NOW, 'p', 'a-east', view(1));
    r.add(NOW, NOW, 'p', 'c-many-views', view(9));
    r.add(NOW, NOW, 'p', 'd-decided', decided(true, 0.1));
    r.add(NOW - BUCKET, NOW, 'p', 'e-decided-twice', decided(false, 0.1));
    r.add(NOW, NOW, 'p', 'e-decided-twice', decided(false, 0.1));
    r.add(NOW, NOW, 'p', null, view(100)); // no region: in totals only
    const s = r.snapshot(NOW, 1);
    expect(s.byRegion.map((x) => x.region)).toEqual(['e-decided-twice', 'd-decided', 'c-many-views', 'a-east', 'b-west']);
    expect(s.byRegion[0].kpis.applications).toBe(2); // summed over two buckets
    expect(s.byRegion[0].kpis.approvalRate).toBe(0);
    expect(s.totals.views).toBe(111);
  });

  it('byProduct: most recommendations first, then applications, then id; topProducts: only with applications, by approvals', () => {
    const r = ring();
    r.add(NOW, NOW, 'p-a', null, rec(5));
    r.add(NOW, NOW, 'p-b', null, rec(9));
    r.add(NOW, NOW, 'p-c', null, rec(5));
    r.add(NOW, NOW, 'p-c', 'x', decided(false, 0.2));
    r.add(NOW, NOW, 'p-d', null, rec(1));
    r.add(NOW, NOW, 'p-d', 'x', decided(true, 0.1));
    r.add(NOW, NOW, 'p-d', 'x', decided(false, 0.1));
    r.add(NOW, NOW, 'p-e', 'x', decided(true, 0.1));
    r.add(NOW, NOW, 'p-f', null, view(3)); // no recommendations, no applications
    const s = r.snapshot(NOW, 1);
    expect(s.byProduct.map((x) => x.productId)).toEqual(['p-b', 'p-c', 'p-a', 'p-d', 'p-e', 'p-f']);
    // p-d and p-e: one approval each, p-d has more applications; p-c has applications but no approval.
    expect(s.topProducts.map((x) => x.productId)).toEqual(['p-d', 'p-e', 'p-c']);
    expect(s.topProducts[0].kpis).toMatchObject({ applications: 2, approvals: 1, approvalRate: 0.5 });
    // The byProduct order is not disturbed by computing topProducts.
    expect(s.byProduct[0].productId).toBe('p-b');
  });

  it(`topProducts holds at most ${TOP_PRODUCTS}, the best ones`, () => {
    const r = ring();
    for (let i = 0; i < TOP_PRODUCTS + 3; i++) {
      for (let k = 0; k <= i; k++) r.add(NOW, NOW, `prod-${i}`, null, decided(true, 0.01));
    }
    const s = r.snapshot(NOW, 1);
    expect(s.byProduct).toHaveLength(TOP_PRODUCTS + 3);
    expect(s.topProducts.map((x) => x.productId)).toEqual(['prod-7', 'prod-6', 'prod-5', 'prod-4', 'prod-3']);
  });

  it('ties in topProducts are broken by product id', () => {
    const r = ring();
    for (const id of ['zeta', 'alpha', 'mu']) r.add(NOW, NOW, id, null, decided(true, 0.1));
    expect(r.snapshot(NOW, 1).topProducts.map((x) => x.productId)).toEqual(['alpha', 'mu', 'zeta']);
  });

  it('sums a product over the buckets of the window and derives its rates from the sums', () => {
    const r = ring();
    r.add(96 * BUCKET, NOW, 'p', null, view(2));
    r.add(99 * BUCKET, NOW, 'p', null, view(2));
    r.add(NOW, NOW, 'p', null, click(1));
    const [p] = r.snapshot(NOW, 1).byProduct;
    expect(p.kpis).toMatchObject({ views: 4, clicks: 1, clickThroughRate: 0.25 });
  });
});
