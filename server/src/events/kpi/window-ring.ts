// One dashboard window as a ring of time buckets: adding an event touches one bucket; a bucket
// that falls out of the window is reused for the newest one, so memory is fixed per window.
import { addCounters, applyDelta, emptyCounters, kpiValues, type CounterDelta, type Counters } from './counters.js';
import type { KpiWindowName, RingSnapshot } from './types.js';

export interface WindowSpec {
  name: KpiWindowName;
  bucketMs: number;
  buckets: number;
}

export const WINDOWS: Record<KpiWindowName, WindowSpec> = {
  LAST_HOUR: { name: 'LAST_HOUR', bucketMs: 60_000, buckets: 60 },
  LAST_DAY: { name: 'LAST_DAY', bucketMs: 15 * 60_000, buckets: 96 },
  LAST_WEEK: { name: 'LAST_WEEK', bucketMs: 3_600_000, buckets: 168 },
};

export const TOP_PRODUCTS = 5;

interface Bucket {
  index: number;
  totals: Counters;
  byRegion: Map<string, Counters>;
  byProduct: Map<string, Counters>;
}

export class WindowRing {
  private readonly slots: (Bucket | undefined)[];

  constructor(readonly spec: WindowSpec) {
    this.slots = new Array(spec.buckets);
  }

  bucketIndexAt(ms: number): number {
    return Math.floor(ms / this.spec.bucketMs);
  }

  /** Adds to the bucket of `atMs`; ignored when that bucket is already outside the window at `nowMs`. */
  add(atMs: number, nowMs: number, productId: string | null, region: string | null, delta: CounterDelta): void {
    const now = this.bucketIndexAt(nowMs);
    // A client clock slightly ahead of ours counts as now, not as a bucket that does not exist yet.
    const index = Math.min(this.bucketIndexAt(atMs), now);
    if (index <= now - this.spec.buckets) return;
    const bucket = this.bucket(index);
    applyDelta(bucket.totals, delta);
    if (region) applyDelta(counterOf(bucket.byRegion, region), delta);
    if (productId) applyDelta(counterOf(bucket.byProduct, productId), delta);
  }

  snapshot(nowMs: number, version: number): RingSnapshot {
    const now = this.bucketIndexAt(nowMs);
    const first = now - this.spec.buckets + 1;
    const totals = emptyCounters();
    const byRegion = new Map<string, Counters>();
    const byProduct = new Map<string, Counters>();
    const series: RingSnapshot['series'] = [];
    for (let index = first; index <= now; index++) {
      const b = this.live(index);
      series.push({ at: new Date(index * this.spec.bucketMs), kpis: kpiValues(b?.totals ?? emptyCounters()) });
      if (!b) continue;
      addCounters(totals, b.totals);
      for (const [region, c] of b.byRegion) addCounters(counterOf(byRegion, region), c);
      for (const [productId, c] of b.byProduct) addCounters(counterOf(byProduct, productId), c);
    }
    const regions = [...byRegion].sort(([ra, a], [rb, b]) => b.applications - a.applications || b.views - a.views || ra.localeCompare(rb));
    const products = [...byProduct].sort(
      ([pa, a], [pb, b]) => b.recommendations - a.recommendations || b.applications - a.applications || pa.localeCompare(pb),
    );
    const top = products
      .filter(([, c]) => c.applications > 0)
      .sort(([pa, a], [pb, b]) => b.approvals - a.approvals || b.applications - a.applications || pa.localeCompare(pb))
      .slice(0, TOP_PRODUCTS);
    const productKpis = ([productId, c]: [string, Counters]) => ({ productId, kpis: kpiValues(c) });
    return {
      window: this.spec.name,
      from: new Date(first * this.spec.bucketMs),
      asOf: new Date(nowMs),
      version,
      totals: kpiValues(totals),
      byRegion: regions.map(([region, c]) => ({ region, kpis: kpiValues(c) })),
      byProduct: products.map(productKpis),
      topProducts: top.map(productKpis),
      series,
    };
  }

  private live(index: number): Bucket | undefined {
    const b = this.slots[index % this.spec.buckets];
    return b && b.index === index ? b : undefined;
  }

  private bucket(index: number): Bucket {
    const slot = index % this.spec.buckets;
    let b = this.slots[slot];
    if (!b || b.index !== index) {
      b = { index, totals: emptyCounters(), byRegion: new Map(), byProduct: new Map() };
      this.slots[slot] = b;
    }
    return b;
  }
}

function counterOf(map: Map<string, Counters>, key: string): Counters {
  let c = map.get(key);
  if (!c) {
    c = emptyCounters();
    map.set(key, c);
  }
  return c;
}
