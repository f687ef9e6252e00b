// Every served recommendation is logged (customer, product, rank, score, model version).
// Writes are batched off the request path: a request only appends to a queue.
import { recommendationLog } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';

export type RecommendationLogEntry = typeof recommendationLog.$inferInsert;

const FLUSH_INTERVAL_MS = 200;
const MAX_BATCH = 2000;
/** While the database is unreachable entries wait; past this many the oldest are dropped and counted. */
const MAX_PENDING = 200_000;

export class RecommendationLogger {
  private pending: RecommendationLogEntry[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout;
  dropped = 0;
  written = 0;

  constructor(
    private readonly db: AppDb,
    private readonly onError: (e: unknown) => void = () => {},
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  log(entries: RecommendationLogEntry[]): void {
    for (const e of entries) this.pending.push(e);
    const over = this.pending.length - MAX_PENDING;
    if (over > 0) {
      this.pending.splice(0, over);
      this.dropped += over;
    }
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Writes what is queued; concurrent callers share one flush. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.length === 0) return Promise.resolve();
    this.flushing = (async () => {
      try {
        while (this.pending.length > 0) {
          const batch = this.pending.slice(0, MAX_BATCH);
          await this.db.insert(recommendationLog).values(batch);
          this.pending.splice(0, batch.length);
          this.written += batch.length;
        }
      } catch (e) {
        this.onError(e); // entries stay queued and are retried on the next tick
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
