// Every tenant's KPIs in every window, kept incrementally: an event adds to one bucket of each
// window. Snapshots are derived on demand and cached until the state or the clock's bucket moves.
// The recovery figures are not counted here: they are read from the database (recovery-tracker.ts)
// and set whole; setting different figures is a change like an event.
import type { CounterDelta } from './counters.js';
import type { KpiEvent } from './kpi-events.js';
import { RecentIds } from './recent-ids.js';
import { sameRecoveryKpis, type RecoveryKpisByWindow } from './recovery-kpis.js';
import type { DashboardSnapshot, KpiWindowName } from './types.js';
import { WINDOWS, WindowRing } from './window-ring.js';

/** How long an event's id is remembered: longer than any event takes to cross the bus. */
export const DEDUP_GENERATION_MS = 30_000;

class TenantKpis {
  version = 0;
  readonly rings = new Map<KpiWindowName, WindowRing>(Object.values(WINDOWS).map((w) => [w.name, new WindowRing(w)]));
  readonly cache = new Map<KpiWindowName, { version: number; bucket: number; snapshot: DashboardSnapshot }>();
}

export class KpiStore {
  private readonly tenants = new Map<string, TenantKpis>();
  /** Kept across rebuilds: a rebuild re-counts the events, not these. */
  private readonly recovery = new Map<string, RecoveryKpisByWindow>();
  private recent: RecentIds;

  constructor(private readonly now: () => number = Date.now) {
    this.recent = new RecentIds(DEDUP_GENERATION_MS, now);
  }

  /** Applies a live event once; false when it was already counted. */
  apply(e: KpiEvent): boolean {
    if (!this.recent.firstTime(`${e.source}:${e.id}`)) return false;
    const t = this.tenant(e.tenantId);
    const now = this.now();
    for (const ring of t.rings.values()) ring.add(e.at, now, e.productId, e.region, e.delta);
    t.version++;
    return true;
  }

  /** For a rebuild: pre-aggregated counts into one window's bucket. */
  addAggregate(tenantId: string, window: KpiWindowName, atMs: number, productId: string | null, region: string | null, delta: CounterDelta): void {
    const t = this.tenant(tenantId);
    t.rings.get(window)!.add(atMs, this.now(), productId, region, delta);
    t.version++;
  }

  /** For a rebuild: rows it counted that may still arrive as events. */
  rememberCounted(source: KpiEvent['source'], id: number): void {
    this.recent.remember(`${source}:${id}`);
  }

  /** Takes over another store's state (a finished rebuild), keeping versions rising. */
  replaceWith(rebuilt: KpiStore): void {
    // The rebuild's memory of counted rows, so their late events are dropped (every row applied
    // live is in the database, hence in the rebuild).
    this.recent = rebuilt.recent;
    const versions = new Map([...this.tenants].map(([id, t]) => [id, t.version]));
    this.tenants.clear();
    for (const [id, t] of rebuilt.tenants) {
      t.version += (versions.get(id) ?? 0) + 1;
      t.cache.clear();
      this.tenants.set(id, t);
    }
    for (const [id, v] of versions) if (!this.tenants.has(id)) this.tenant(id).version = v + 1;
  }

  /** Sets the tenant's recovery figures; false (and no new version) when they are the ones it has. */
  setRecovery(tenantId: string, kpis: RecoveryKpisByWindow): boolean {
    if (sameRecoveryKpis(this.recovery.get(tenantId), kpis)) return false;
    this.recovery.set(tenantId, kpis);
    this.tenant(tenantId).version++;
    return true;
  }

  tenantIds(): string[] {
    return [...this.tenants.keys()];
  }

  snapshot(tenantId: string, window: KpiWindowName): DashboardSnapshot {
    const t = this.tenant(tenantId);
    const ring = t.rings.get(window)!;
    const now = this.now();
    const bucket = ring.bucketIndexAt(now);
    const cached = t.cache.get(window);
    if (cached && cached.version === t.version && cached.bucket === bucket) return cached.snapshot;
    const snapshot: DashboardSnapshot = { ...ring.snapshot(now, t.version), recovery: this.recovery.get(tenantId)?.[window] ?? null };
    t.cache.set(window, { version: t.version, bucket, snapshot });
    return snapshot;
  }

  private tenant(id: string): TenantKpis {
    let t = this.tenants.get(id);
    if (!t) {
      t = new TenantKpis();
      this.tenants.set(id, t);
    }
    return t;
  }
}
