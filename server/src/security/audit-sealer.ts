// Chains audit rows soon after they commit (audit-log.ts says why appending and chaining are two
// steps). An append cues a seal of its tenants a moment later, by when its transaction has usually
// committed; a sweep of every tenant each interval seals what a cue missed: rows whose transaction
// committed later, rows of other replicas, rows left by a process that stopped before sealing.
// Any replica may seal any tenant: the per-tenant lock makes them take turns.
import type { AppDb } from '../db/index.js';
import { isDatabaseUnavailable, logDatabaseUnavailable } from '../db/unavailable.js';
import type { Logger } from '../logger.js';
import type { AuditLog } from './audit-log.js';

export interface AuditSealerOptions {
  /** Between sweeps of every tenant. */
  intervalMs: number;
  /** From an append to the seal of its tenant: long enough for its transaction to commit, short enough to batch a burst. */
  cueDelayMs?: number;
}

export class AuditSealer {
  private readonly cued = new Set<string>();
  /** Seals waiting to run, by tenant ('*': all); a cue for a tenant already waiting adds nothing. */
  private readonly waiting = new Set<string>();
  private cueTimer: NodeJS.Timeout | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly db: AppDb,
    private readonly audit: AuditLog,
    private readonly log: Logger,
    private readonly options: AuditSealerOptions,
  ) {}

  /** Seals what an earlier run left (now), then follows appends and sweeps on the interval. */
  start(): void {
    this.unsubscribe = this.audit.onAppended((tenants) => this.cue(tenants));
    this.enqueue(undefined);
    this.sweepTimer = setInterval(() => this.enqueue(undefined), this.options.intervalMs);
    this.sweepTimer.unref();
  }

  /** Stops cueing and sweeping, then seals once more so that a clean shutdown leaves nothing unsealed. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribe?.();
    if (this.cueTimer) clearTimeout(this.cueTimer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.running;
    await this.sealOnce(undefined);
  }

  private cue(tenants: readonly string[]): void {
    if (this.stopped) return;
    for (const t of tenants) this.cued.add(t);
    if (this.cueTimer) return;
    this.cueTimer = setTimeout(() => {
      this.cueTimer = null;
      const batch = [...this.cued];
      this.cued.clear();
      for (const t of batch) this.enqueue(t);
    }, this.options.cueDelayMs ?? 25);
    this.cueTimer.unref();
  }

  /** One seal at a time per process: runs are chained, never concurrent. */
  private enqueue(tenantId: string | undefined): void {
    if (this.stopped) return;
    const key = tenantId ?? '*';
    if (this.waiting.has(key)) return;
    this.waiting.add(key);
    this.running = this.running.then(() => {
      this.waiting.delete(key);
      return this.sealOnce(tenantId);
    });
  }

  private async sealOnce(tenantId: string | undefined): Promise<void> {
    try {
      await this.audit.seal(this.db, tenantId);
    } catch (e) {
      // Rows stay stored and unsealed; the next sweep seals them.
      if (isDatabaseUnavailable(e)) logDatabaseUnavailable(this.log, e);
      else this.log.error('audit log: sealing failed; the next sweep retries', e);
    }
  }
}
