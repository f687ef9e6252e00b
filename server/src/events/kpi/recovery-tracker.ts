// Keeps each tenant's recovery KPIs current without reading per event or per dashboard message:
// a change marks the tenant, and its figures are read again (recovery-snapshot.ts) at most once per
// `minIntervalMs`, a burst of changes costing one read. A failed read is retried with backoff.
import type { Logger } from '../../logger.js';
import type { RecoveryKpisByWindow } from './recovery-kpis.js';

export interface RecoveryTrackerOptions {
  read: (tenantId: string) => Promise<RecoveryKpisByWindow>;
  /** Called with every successful read (the receiver decides whether anything changed). */
  publish: (tenantId: string, kpis: RecoveryKpisByWindow) => void;
  log: Logger;
  now?: () => number;
  minIntervalMs?: number;
}

export const DEFAULT_RECOVERY_INTERVAL_MS = 2_000;
const MAX_RETRY_MS = 60_000;

interface TenantState {
  /** When the last read started (ms). */
  startedAt: number;
  /** When the last successful read started; null before the first. */
  readAt: number | null;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  /** A change arrived while a read was running: read again after it. */
  again: boolean;
  failures: number;
}

export class RecoveryTracker {
  private readonly tenants = new Map<string, TenantState>();
  private readonly now: () => number;
  private readonly minIntervalMs: number;
  private closed = false;
  reads = 0;

  constructor(private readonly o: RecoveryTrackerOptions) {
    this.now = o.now ?? Date.now;
    this.minIntervalMs = o.minIntervalMs ?? DEFAULT_RECOVERY_INTERVAL_MS;
  }

  /** Something changed: read the tenant's figures again soon, coalescing with other changes. */
  invalidate(tenantId: string): void {
    if (this.closed) return;
    const s = this.state(tenantId);
    if (s.running) {
      s.again = true;
      return;
    }
    if (s.timer) return;
    const backoff = s.failures > 0 ? Math.min(MAX_RETRY_MS, this.minIntervalMs * 2 ** s.failures) : this.minIntervalMs;
    const wait = Math.max(0, s.startedAt + backoff - this.now());
    s.timer = setTimeout(() => {
      s.timer = null;
      void this.run(tenantId, s);
    }, wait);
    s.timer.unref();
  }

  /** Reads the tenant's figures now (after any read in progress) and waits for them. */
  async refresh(tenantId: string): Promise<void> {
    const s = this.state(tenantId);
    while (s.running) await s.running;
    if (s.timer) {
      clearTimeout(s.timer);
      s.timer = null;
    }
    await this.run(tenantId, s);
  }

  /** When the tenant's figures were last read (ms), or null before the first read. */
  readAt(tenantId: string): number | null {
    return this.tenants.get(tenantId)?.readAt ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.tenants.values()) if (s.timer) clearTimeout(s.timer);
    await Promise.all([...this.tenants.values()].map((s) => s.running?.catch(() => {})));
  }

  private run(tenantId: string, s: TenantState): Promise<void> {
    const started = this.now();
    s.startedAt = started;
    s.again = false;
    this.reads++;
    s.running = (async () => {
      try {
        const kpis = await this.o.read(tenantId);
        s.failures = 0;
        s.readAt = started;
        if (!this.closed) this.o.publish(tenantId, kpis);
      } catch (e) {
        s.failures++;
        s.again = true;
        if (!this.closed) this.o.log.warn(`recovery kpis of ${tenantId}: read failed (${(e as Error).message}); retrying`);
      } finally {
        s.running = null;
        if (s.again) this.invalidate(tenantId);
      }
    })();
    return s.running;
  }

  private state(tenantId: string): TenantState {
    let s = this.tenants.get(tenantId);
    if (!s) {
      s = { startedAt: -Infinity, readAt: null, timer: null, running: null, again: false, failures: 0 };
      this.tenants.set(tenantId, s);
    }
    return s;
  }
}
