// The live KPI feed of one server: counts stored events into the KpiStore and tells watchers.
// With Redis, every replica's events (its own included) arrive through one topic, so all replicas
// count the same events; when the bus reconnects, events may have been lost, so the store is
// rebuilt from the database and every watcher gets a fresh state, never a gap.
//
// Recovery figures are read, not counted: every recovery change is already announced on the
// tenant's recovery-case topic (recoveryCaseUpdated; through Redis, from every replica), and each
// announcement marks the tenant's figures for a grouped re-read, at most one every few seconds
// (recovery-tracker.ts). Windows move with the clock, so watched tenants are read again each minute.
import type { AppDb } from '../../db/index.js';
import type { Logger } from '../../logger.js';
import type { EventBus } from '../event-bus.js';
import { recoveryCaseTopic } from '../topics.js';
import { KPI_EVENTS_TOPIC, parseKpiBatch, type KpiEvent, type KpiEventBatch } from './kpi-events.js';
import { rebuildKpis } from './kpi-rebuild.js';
import { KpiStore } from './kpi-store.js';
import { readRecoveryKpis, tenantIds } from './recovery-snapshot.js';
import { RecoveryTracker } from './recovery-tracker.js';

const MINUTE_MS = 60_000;
const CLOCK_CHECK_MS = 1_000;

export interface KpiFeedOptions {
  /** Fewest ms between two reads of one tenant's recovery figures. */
  recoveryMinIntervalMs?: number;
}

export class KpiFeed {
  readonly store: KpiStore;
  private readonly listeners = new Map<string, Set<() => void>>();
  private outbox: KpiEvent[] = [];
  private outboxScheduled = false;
  /** While a rebuild runs, arriving events wait here and are applied to the rebuilt state. */
  private held: KpiEvent[] | null = null;
  private rebuilding: Promise<void> | null = null;
  private rebuildAgain = false;
  private subscriptionId: number | null = null;
  rebuilds = 0;
  readonly recovery: RecoveryTracker;
  /** Tenants whose recovery-case topic this feed listens to, with the subscription's id once known. */
  private readonly recoveryTopics = new Map<string, Promise<number | null>>();
  private recoveryClock: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly db: AppDb,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
    options: KpiFeedOptions = {},
  ) {
    this.store = new KpiStore(now);
    this.recovery = new RecoveryTracker({
      read: (tenantId) => readRecoveryKpis(db, tenantId, now),
      publish: (tenantId, kpis) => {
        if (this.store.setRecovery(tenantId, kpis)) this.notify(tenantId);
      },
      log,
      now,
      minIntervalMs: options.recoveryMinIntervalMs,
    });
  }

  /** Rebuilds from the database and starts listening; call once, before serving. */
  async start(): Promise<void> {
    if (this.bus.kind === 'redis') {
      this.subscriptionId = await this.bus.engine.subscribe(KPI_EVENTS_TOPIC, (payload: unknown) => this.receive(parseKpiBatch(payload)), {});
      this.bus.onReconnect(() => {
        this.log.warn('kpi feed: event bus reconnected; rebuilding KPIs from the database');
        void this.rebuild();
      });
    }
    await this.rebuild();
    await this.startRecovery();
  }

  /** Every tenant's recovery figures, read now; then kept current (see the top of this file). */
  private async startRecovery(): Promise<void> {
    const ids = await this.retrying(() => tenantIds(this.db));
    for (const id of ids) this.listenForRecovery(id);
    await Promise.all(ids.map((id) => this.recovery.refresh(id)));
    // Announcements lost while Redis was away: read everything again.
    this.bus.onReconnect(() => {
      for (const id of this.recoveryTopics.keys()) this.recovery.invalidate(id);
    });
    let minute = Math.floor(this.now() / MINUTE_MS);
    this.recoveryClock = setInterval(() => {
      const m = Math.floor(this.now() / MINUTE_MS);
      if (m === minute) return;
      minute = m;
      for (const id of this.listeners.keys()) this.recovery.invalidate(id);
    }, CLOCK_CHECK_MS);
    this.recoveryClock.unref();
  }

  private listenForRecovery(tenantId: string): void {
    if (this.closed || this.recoveryTopics.has(tenantId)) return;
    const id = this.bus.engine
      .subscribe(recoveryCaseTopic(tenantId), () => this.recovery.invalidate(tenantId), {})
      .catch((e: Error) => {
        this.log.warn(`kpi feed: cannot listen to ${tenantId}'s recovery changes: ${e.message}`);
        this.recoveryTopics.delete(tenantId);
        return null;
      });
    this.recoveryTopics.set(tenantId, id);
  }

  /** Events of rows that are now stored. Never throws: the write that caused them has succeeded. */
  record(events: KpiEvent[]): void {
    if (events.length === 0) return;
    if (this.bus.kind !== 'redis') {
      this.receive(events);
      return;
    }
    // Events of one tick travel together: one message per tick, not one per row.
    for (const e of events) this.outbox.push(e);
    if (this.outboxScheduled) return;
    this.outboxScheduled = true;
    setImmediate(() => {
      this.outboxScheduled = false;
      const batch: KpiEventBatch = { events: this.outbox };
      this.outbox = [];
      this.bus.publish(KPI_EVENTS_TOPIC, batch);
    });
  }

  /** Calls `listener` after each change of the tenant's KPIs; returns the unsubscribe. */
  onChange(tenantId: string, listener: () => void): () => void {
    let set = this.listeners.get(tenantId);
    if (!set) {
      this.listeners.set(tenantId, (set = new Set()));
      // A tenant nobody watched may have figures from an earlier minute (or none, if it is new).
      this.listenForRecovery(tenantId);
      const readAt = this.recovery.readAt(tenantId);
      if (readAt === null || Math.floor(readAt / MINUTE_MS) < Math.floor(this.now() / MINUTE_MS)) this.recovery.invalidate(tenantId);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(tenantId);
    };
  }

  /** Re-reads every tenant's KPIs from the database; concurrent calls share one run (plus one more if asked during it). */
  rebuild(): Promise<void> {
    if (this.rebuilding) {
      this.rebuildAgain = true;
      return this.rebuilding;
    }
    this.held ??= [];
    this.rebuilding = (async () => {
      try {
        do {
          this.rebuildAgain = false;
          const started = this.now();
          const rebuilt = await this.retrying(() => rebuildKpis(this.db, this.now));
          this.store.replaceWith(rebuilt);
          this.rebuilds++;
          this.log.info(`kpi feed: rebuilt from the database in ${this.now() - started} ms`);
        } while (this.rebuildAgain);
      } finally {
        const held = this.held ?? [];
        this.held = null;
        this.rebuilding = null;
        for (const e of held) this.store.apply(e);
        this.notifyAll();
      }
    })();
    return this.rebuilding;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.subscriptionId !== null) this.bus.engine.unsubscribe(this.subscriptionId);
    if (this.recoveryClock) clearInterval(this.recoveryClock);
    for (const id of await Promise.all(this.recoveryTopics.values())) if (id !== null) this.bus.engine.unsubscribe(id);
    this.recoveryTopics.clear();
    await this.recovery.close();
    this.listeners.clear();
  }

  private receive(events: KpiEvent[]): void {
    if (this.held) {
      for (const e of events) this.held.push(e);
      return;
    }
    const changed = new Set<string>();
    for (const e of events) if (this.store.apply(e)) changed.add(e.tenantId);
    for (const tenantId of changed) this.notify(tenantId);
  }

  private notify(tenantId: string): void {
    for (const listener of this.listeners.get(tenantId) ?? []) listener();
  }

  private notifyAll(): void {
    for (const tenantId of [...this.listeners.keys()]) this.notify(tenantId);
  }

  /** The database may be restarting too: try again with backoff rather than serve a wrong state. */
  private async retrying<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (e) {
        if (attempt >= 8) throw e;
        this.log.warn(`kpi feed: rebuild failed (${(e as Error).message}); retrying`);
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 5_000)));
      }
    }
  }
}
