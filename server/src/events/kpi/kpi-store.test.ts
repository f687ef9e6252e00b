import { describe, expect, it } from 'vitest';
import { decisionEvent, interactionEvent, servedRecommendationEvent } from './kpi-events.js';
import { DEDUP_GENERATION_MS, KpiStore } from './kpi-store.js';
import { WINDOWS } from './window-ring.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** 10 s into a minute (and into an hour, a quarter-hour). */
const START = Date.UTC(2025, 5, 1, 12, 0, 10);

function clockedStore(start = START) {
  const clock = { now: start };
  return { clock, store: new KpiStore(() => clock.now) };
}

const served = (id: number, at: number, productId = 'card', tenantId = 't1') => servedRecommendationEvent(tenantId, id, new Date(at), productId);
const view = (id: number, at: number, region: string | null = 'north', tenantId = 't1') =>
  interactionEvent(tenantId, { id, occurredAt: new Date(at), productId: 'card', kind: 'VIEW' }, region);
const decision = (applicationId: number, at: number, outcome: 'APPROVE' | 'DECLINE', pd = 0.1, tenantId = 't1') =>
  decisionEvent(tenantId, { applicationId, decidedAt: new Date(at), productId: 'loan', outcome, probabilityOfDefault: pd, latencyMs: 40 }, 'north');

describe('KpiStore.apply', () => {
  it('counts an event in every window', () => {
    const { store } = clockedStore();
    expect(store.apply(served(1, START))).toBe(true);
    for (const w of Object.keys(WINDOWS) as (keyof typeof WINDOWS)[]) {
      expect(store.snapshot('t1', w).totals.recommendations, w).toBe(1);
    }
  });

  it('counts an event only in the windows that still cover its time', () => {
    const { store } = clockedStore();
    store.apply(served(1, START - 2 * HOUR));
    store.apply(served(2, START - 2 * 24 * HOUR));
    expect(store.snapshot('t1', 'LAST_HOUR').totals.recommendations).toBe(0);
    expect(store.snapshot('t1', 'LAST_DAY').totals.recommendations).toBe(1);
    expect(store.snapshot('t1', 'LAST_WEEK').totals.recommendations).toBe(2);
  });

  it('drops the same (source, id) a second time, and does not move the version', () => {
    const { store } = clockedStore();
    expect(store.apply(view(7, START))).toBe(true);
    const version = store.snapshot('t1', 'LAST_HOUR').version;
    expect(store.apply(view(7, START))).toBe(false);
    const s = store.snapshot('t1', 'LAST_HOUR');
    expect(s.totals.views).toBe(1);
    expect(s.version).toBe(version);
  });

  it('the same id from another source is a different event', () => {
    const { store } = clockedStore();
    expect(store.apply(served(7, START))).toBe(true);
    expect(store.apply(view(7, START))).toBe(true);
    expect(store.apply(decision(7, START, 'APPROVE'))).toBe(true);
    const t = store.snapshot('t1', 'LAST_HOUR').totals;
    expect([t.recommendations, t.views, t.applications]).toEqual([1, 1, 1]);
  });

  it('counts a repeated id again once it is older than two dedup generations', () => {
    const { clock, store } = clockedStore();
    store.apply(view(7, clock.now));
    clock.now += 2 * DEDUP_GENERATION_MS;
    expect(store.apply(view(7, clock.now))).toBe(true);
  });

  it('keeps tenants apart', () => {
    const { store } = clockedStore();
    store.apply(served(1, START, 'card', 't1'));
    store.apply(served(2, START, 'card', 't2'));
    store.apply(served(3, START, 'card', 't2'));
    expect(store.snapshot('t1', 'LAST_HOUR').totals.recommendations).toBe(1);
    expect(store.snapshot('t2', 'LAST_HOUR').totals.recommendations).toBe(2);
    expect(store.tenantIds().sort()).toEqual(['t1', 't2']);
  });

  it('the events’ region and product feed the breakdowns', () => {
    const { store } = clockedStore();
    store.apply(decision(1, START, 'APPROVE', 0.2));
    store.apply(decision(2, START, 'DECLINE', 0.6));
    store.apply(view(3, START, null));
    const s = store.snapshot('t1', 'LAST_HOUR');
    expect(s.byRegion).toEqual([{ region: 'north', kpis: expect.objectContaining({ applications: 2, views: 0, approvalRate: 0.5 }) }]);
    expect(s.topProducts.map((p) => p.productId)).toEqual(['loan']);
    expect(s.totals.predictedDefaults).toBeCloseTo(0.2, 12);
    expect(s.totals.averageProbabilityOfDefault).toBeCloseTo(0.4, 12);
  });
});

describe('KpiStore.rememberCounted', () => {
  it('an event whose row a rebuild already counted is not counted again', () => {
    const { store } = clockedStore();
    store.addAggregate('t1', 'LAST_HOUR', START, 'card', 'north', { kind: 'interaction', interaction: 'VIEW', count: 1 });
    store.rememberCounted('interaction', 42);
    expect(store.apply(view(42, START))).toBe(false);
    expect(store.apply(view(43, START))).toBe(true);
    expect(store.snapshot('t1', 'LAST_HOUR').totals.views).toBe(2);
  });

  it('is per source', () => {
    const { store } = clockedStore();
    store.rememberCounted('decision', 42);
    expect(store.apply(view(42, START))).toBe(true);
    expect(store.apply(decision(42, START, 'APPROVE'))).toBe(false);
  });
});

describe('KpiStore.addAggregate', () => {
  it('adds to the one window it names and bumps the version', () => {
    const { store } = clockedStore();
    const before = store.snapshot('t1', 'LAST_DAY').version;
    store.addAggregate('t1', 'LAST_DAY', START - 3 * HOUR, 'card', null, { kind: 'recommendations', count: 12 });
    expect(store.snapshot('t1', 'LAST_DAY').totals.recommendations).toBe(12);
    expect(store.snapshot('t1', 'LAST_DAY').version).toBeGreaterThan(before);
    expect(store.snapshot('t1', 'LAST_HOUR').totals.recommendations).toBe(0);
    expect(store.snapshot('t1', 'LAST_WEEK').totals.recommendations).toBe(0);
  });
});

describe('KpiStore.replaceWith', () => {
  it('takes over the rebuilt state with versions above both old and rebuilt ones', () => {
    const { clock, store } = clockedStore();
    for (let i = 0; i < 5; i++) store.apply(served(i, START, 'card', 't1'));
    store.apply(served(100, START, 'card', 'gone'));
    const oldT1 = store.snapshot('t1', 'LAST_HOUR');
    const oldGone = store.snapshot('gone', 'LAST_HOUR');
    expect(oldT1.totals.recommendations).toBe(5);

    const rebuilt = new KpiStore(() => clock.now);
    rebuilt.addAggregate('t1', 'LAST_HOUR', START, 'card', null, { kind: 'recommendations', count: 7 });
    rebuilt.addAggregate('fresh', 'LAST_HOUR', START, 'card', null, { kind: 'recommendations', count: 3 });
    const rebuiltT1Version = rebuilt.snapshot('t1', 'LAST_HOUR').version;
    store.replaceWith(rebuilt);

    const t1 = store.snapshot('t1', 'LAST_HOUR');
    expect(t1.totals.recommendations).toBe(7); // the rebuilt count, not old + rebuilt
    expect(t1.version).toBeGreaterThan(oldT1.version);
    expect(t1.version).toBeGreaterThan(rebuiltT1Version);

    // A tenant the rebuild did not find is emptied, and its version still rises.
    const gone = store.snapshot('gone', 'LAST_HOUR');
    expect(gone.totals.recommendations).toBe(0);
    expect(gone.version).toBeGreaterThan(oldGone.version);

    expect(store.snapshot('fresh', 'LAST_HOUR').totals.recommendations).toBe(3);
    expect(store.tenantIds().sort()).toEqual(['fresh', 'gone', 't1']);
  });

  it('does not serve a snapshot cached before the rebuild', () => {
    const { clock, store } = clockedStore();
    store.apply(served(1, START));
    const before = store.snapshot('t1', 'LAST_HOUR');
    const rebuilt = new KpiStore(() => clock.now);
    rebuilt.addAggregate('t1', 'LAST_HOUR', START, 'card', null, { kind: 'recommendations', count: 4 });
    store.replaceWith(rebuilt);
    const after = store.snapshot('t1', 'LAST_HOUR');
    expect(after).not.toBe(before);
    expect(after.totals.recommendations).toBe(4);
  });

  it('keeps versions rising over repeated rebuilds and applies after them', () => {
    const { clock, store } = clockedStore();
    const versions: number[] = [store.snapshot('t1', 'LAST_HOUR').version];
    for (let round = 0; round < 4; round++) {
      const rebuilt = new KpiStore(() => clock.now);
      rebuilt.addAggregate('t1', 'LAST_HOUR', START, 'card', null, { kind: 'recommendations', count: 1 });
      store.replaceWith(rebuilt);
      versions.push(store.snapshot('t1', 'LAST_HOUR').version);
      store.apply(served(1000 + round, START));
      versions.push(store.snapshot('t1', 'LAST_HOUR').version);
    }
    for (let i = 1; i < versions.length; i++) expect(versions[i], `step ${i}: ${versions}`).toBeGreaterThan(versions[i - 1]);
  });

  it('an event the rebuild already counted (rememberCounted on the rebuilt store) is not counted again', () => {
    const { clock, store } = clockedStore();
    const rebuilt = new KpiStore(() => clock.now);
    rebuilt.addAggregate('t1', 'LAST_HOUR', START, 'card', 'north', { kind: 'interaction', interaction: 'VIEW', count: 1 });
    rebuilt.rememberCounted('interaction', 9);
    store.replaceWith(rebuilt);
    expect(store.apply(view(9, START))).toBe(false); // the row's event, held during the rebuild
    expect(store.apply(view(10, START))).toBe(true); // a row the rebuild did not see
    expect(store.snapshot('t1', 'LAST_HOUR').totals.views).toBe(2);
  });

  it('an event applied before the rebuild and delivered again after it is dropped (the rebuild saw its row)', () => {
    const { clock, store } = clockedStore();
    expect(store.apply(view(5, START))).toBe(true);
    const rebuilt = new KpiStore(() => clock.now);
    rebuilt.addAggregate('t1', 'LAST_HOUR', START, 'card', 'north', { kind: 'interaction', interaction: 'VIEW', count: 1 });
    rebuilt.rememberCounted('interaction', 5);
    store.replaceWith(rebuilt);
    expect(store.apply(view(5, START))).toBe(false);
    expect(store.snapshot('t1', 'LAST_HOUR').totals.views).toBe(1);
  });
});

describe('KpiStore.snapshot cache', () => {
  it('returns the same snapshot while neither the version nor the bucket changes', () => {
    const { clock, store } = clockedStore();
    store.apply(served(1, START));
    const a = store.snapshot('t1', 'LAST_HOUR');
    clock.now += 30_000; // still the same minute (START is 10 s into it)
    const b = store.snapshot('t1', 'LAST_HOUR');
    expect(b).toBe(a);
    expect(store.apply(served(1, clock.now))).toBe(false); // a duplicate changes nothing
    expect(store.snapshot('t1', 'LAST_HOUR')).toBe(a);
  });

  it('recomputes when the version changes', () => {
    const { store } = clockedStore();
    store.apply(served(1, START));
    const a = store.snapshot('t1', 'LAST_HOUR');
    store.apply(served(2, START));
    const b = store.snapshot('t1', 'LAST_HOUR');
    expect(b).not.toBe(a);
    expect(b.version).toBeGreaterThan(a.version);
    expect(b.totals.recommendations).toBe(2);
  });

  it('recomputes when the clock enters a new bucket, and the old bucket slides along', () => {
    const { clock, store } = clockedStore();
    store.apply(served(1, START));
    const a = store.snapshot('t1', 'LAST_HOUR');
    clock.now += MINUTE; // next minute: the same event, one point further back in the series
    const b = store.snapshot('t1', 'LAST_HOUR');
    expect(b).not.toBe(a);
    expect(b.version).toBe(a.version);
    expect(b.asOf.getTime()).toBe(clock.now);
    const last = (s: typeof a) => s.series[s.series.length - 1];
    expect(last(a).kpis.recommendations).toBe(1);
    expect(last(b).kpis.recommendations).toBe(0);
    expect(b.series[b.series.length - 2].kpis.recommendations).toBe(1);
    expect(last(b).at.getTime() - last(a).at.getTime()).toBe(MINUTE);
  });

  it('the event leaves LAST_HOUR an hour later but stays in LAST_DAY', () => {
    const { clock, store } = clockedStore();
    store.apply(served(1, START));
    clock.now += HOUR;
    expect(store.snapshot('t1', 'LAST_HOUR').totals.recommendations).toBe(0);
    expect(store.snapshot('t1', 'LAST_DAY').totals.recommendations).toBe(1);
  });

  it('caches each window separately', () => {
    const { store } = clockedStore();
    store.apply(served(1, START));
    const hour = store.snapshot('t1', 'LAST_HOUR');
    const day = store.snapshot('t1', 'LAST_DAY');
    expect(day).not.toBe(hour);
    expect(day.window).toBe('LAST_DAY');
    expect(store.snapshot('t1', 'LAST_HOUR')).toBe(hour);
    expect(store.snapshot('t1', 'LAST_DAY')).toBe(day);
  });
});
